// The player's words: what each step is called, its detail line and what comes next.
// Pure: no DOM. `shown(blockIndex)` gives the words for a block as shown now (the easier
// variant once chosen); blockIndex -1 is the warm-up.
import { repAt } from './timeline.js';

export const sideText = (side) => (side === 'left' ? 'Left side' : side === 'right' ? 'Right side' : '');
export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The planned dose of a block in a few words. */
export function dose(block) {
  const sets = block.sets > 1 ? `${block.sets} sets of ` : '';
  const each = block.sides === 'each' ? ' each side' : '';
  return block.held ? `${sets}${block.reps} × ${block.holdSeconds} s hold${each}` : `${sets}${plural(block.reps, 'rep')}${each}`;
}

export function createWords(session, shown) {
  const blocks = session.blocks || [];
  const warmUp = session.warmUp || null;

  function label(step) {
    if (step.kind === 'warm-up') return 'Warm up';
    const block = blocks[step.blockIndex];
    const set = block.sets > 1 && step.set ? `Set ${step.set} of ${block.sets} · ` : '';
    switch (step.kind) {
      case 'ready': return 'Get ready';
      case 'hold': return `${set}Hold ${step.rep} of ${block.reps}`;
      case 'reps': return `${set}${plural(block.reps, 'rep')}`;
      case 'rest': return 'Rest';
      default: return 'Switch to the right side';
    }
  }

  /** The line under the clock; in a reps step it counts the reps as they go. */
  function detail(step, elapsedInStep = 0) {
    if (step.kind === 'warm-up') return `${plural(warmUp?.minutes ?? Math.round(step.seconds / 60), 'minute')} of warmth`;
    const block = blocks[step.blockIndex];
    if (step.kind === 'ready') return dose(block);
    if (step.kind === 'reps') {
      const set = block.sets > 1 && step.set ? `Set ${step.set} of ${block.sets} · ` : '';
      return `${set}Rep ${repAt(step, elapsedInStep)} of ${block.reps}`;
    }
    if (step.kind === 'rest') return 'Breathe out and relax';
    return label(step);
  }

  /** Where the run is: which exercise of how many, or the warm-up. */
  function position(step) {
    if (step.kind === 'warm-up') return `Heat first · then ${plural(blocks.length, 'exercise')}`;
    return `Exercise ${step.blockIndex + 1} of ${blocks.length} · ${blocks[step.blockIndex].part}`;
  }

  function nextText(timeline, index) {
    const n = timeline[index + 1];
    if (!n) return 'Next: the end of the session';
    if (n.kind === 'ready') return `Next: ${shown(n.blockIndex).name}`;
    return `Next: ${label(n)}${n.side && n.kind !== 'changeover' ? `, ${sideText(n.side).toLowerCase()}` : ''} · ${n.seconds} s`;
  }

  return { label, detail, position, nextText };
}
