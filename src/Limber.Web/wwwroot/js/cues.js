// What the player says during a step, and when. Pure: no DOM, no clocks, no speech.
// Each cue is { at, key, text, tone }: `at` seconds into the step, `key` unique in the step,
// `text` spoken and shown as the caption, `tone` the beep that stands in for it.
import { plural, sideText } from './words.js';

/** The seconds after a cue's moment in which it may still fire (a tick is 250 ms). */
export const START_WINDOW = 1.5;
export const COUNT_WINDOW = 0.8;

/**
 * The muscle group to tense on hold `rep` of `reps` in progressive muscle relaxation. With fewer
 * holds than groups the groups are spread from the first to the last (feet to face).
 */
export function groupFor(groups, rep, reps) {
  if (!groups?.length || rep < 1) return null;
  if (reps <= 1) return groups[0];
  if (reps >= groups.length) return groups[rep - 1] ?? null;
  return groups[Math.round(((rep - 1) * (groups.length - 1)) / (reps - 1))];
}

const isRelaxation = (block) => block?.kind === 'relaxation' && (block.tenseGroups?.length ?? 0) > 0;

/** The cue spoken as a step begins. `name` is the exercise as shown (the easier variant once chosen). */
export function startCue(step, { block, name, warmUp }) {
  const side = sideText(step.side);
  switch (step.kind) {
    case 'warm-up': {
      // The safety line of heat: a pack never straight on the skin nor slept on; a bath or sauna left at once if faint.
      const safety = warmUp?.largeArea
        ? 'Get out at once if you feel dizzy or unwell.'
        : 'Keep a cloth between the heat and your skin, and do not fall asleep on it.';
      return `Warm up first: ${warmUp?.name ?? 'heat'} for ${plural(warmUp?.minutes ?? Math.round(step.seconds / 60), 'minute')}. ${safety}`;
    }
    case 'ready':
      return `Next exercise: ${name}.${side ? ` ${side}.` : ''} Get ready.`;
    case 'changeover':
      return `Switch sides. ${name}, right side.`;
    case 'hold':
      if (isRelaxation(block)) {
        const group = groupFor(block.tenseGroups, step.rep, block.reps);
        return group ? `Tense your ${group}, gently.` : 'Tense the next group, gently.';
      }
      return `Hold. ${step.rep} of ${block.reps}.`;
    case 'reps':
      return `Go. ${plural(step.count, 'rep')}. 1.`;
    case 'rest':
      return isRelaxation(block) ? 'Let go, and notice the difference.' : 'Rest.';
    default:
      return '';
  }
}

/** Every cue of a step, in time order. `halfway` adds a cue halfway through holds of 10 s or more. */
export function cuesFor(step, context) {
  const cues = [{ at: 0, key: 'start', text: startCue(step, context), tone: step.kind === 'hold' || step.kind === 'reps' ? 'work' : 'step' }];
  if (step.kind === 'reps') {
    // Count each rep as it begins, at the record's tempo; the count replaces the 3-2-1.
    for (let rep = 2; rep <= step.count; rep++) {
      cues.push({ at: (rep - 1) * step.perRep, key: `rep-${rep}`, text: String(rep), tone: 'count' });
    }
    return cues;
  }
  if (step.kind === 'warm-up' && step.seconds > 120) {
    cues.push({ at: step.seconds - 60, key: 'minute', text: 'One minute of warmth left.', tone: 'count' });
  }
  if (context.halfway && step.kind === 'hold' && step.seconds >= 10) {
    cues.push({ at: step.seconds / 2, key: 'half', text: 'Halfway.', tone: 'half' });
  }
  for (const n of [3, 2, 1]) {
    if (step.seconds > n) cues.push({ at: step.seconds - n, key: `count-${n}`, text: String(n), tone: 'count' });
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** The cues due at `elapsedInStep` that have not fired yet (`fired` holds their keys). */
export function dueCues(cues, elapsedInStep, fired) {
  return cues.filter((c) => !fired.has(c.key) && elapsedInStep >= c.at
    && elapsedInStep < c.at + (c.key === 'start' ? START_WINDOW : COUNT_WINDOW));
}
