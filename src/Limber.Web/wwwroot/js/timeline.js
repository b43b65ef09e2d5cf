// The session as a list of timed steps, and where a run is from timestamps alone.
// Pure: no DOM, no clocks of its own. The arithmetic mirrors Limber.Core.Planning.BlockTiming,
// so the steps of a block add up to the block's planned seconds.

/**
 * Steps for every block without an outcome, in order; each carries its start and end in seconds.
 * A warm-up (heat before the session, `session.warmUp.minutes`) comes first as its own step,
 * with blockIndex -1.
 */
export function buildTimeline(session) {
  const steps = [];
  const setup = session.setupSeconds ?? 10;
  const changeover = session.changeoverSeconds ?? 5;
  let at = 0;
  const add = (step) => {
    if (step.seconds <= 0) return;
    steps.push({ ...step, start: at, end: at + step.seconds });
    at += step.seconds;
  };
  const warmUp = session.warmUp;
  if (warmUp && warmUp.minutes > 0) {
    add({ kind: 'warm-up', blockIndex: -1, side: null, set: null, rep: null, seconds: Math.round(warmUp.minutes * 60), text: 'Warm up' });
  }
  (session.blocks || []).forEach((block, blockIndex) => {
    if (block.outcome) return;
    const sides = block.sides === 'each' ? ['left', 'right'] : [null];
    const sets = Math.max(1, block.sets | 0);
    const reps = Math.max(0, block.reps | 0);
    add({ kind: 'ready', blockIndex, side: sides[0], set: null, rep: null, seconds: setup, text: 'Get ready' });
    sides.forEach((side, s) => {
      if (s > 0) {
        add({ kind: 'changeover', blockIndex, side, set: null, rep: null, seconds: changeover, text: 'Switch sides' });
      }
      for (let set = 1; set <= sets; set++) {
        if (block.held) {
          // Held work: one hold per rep, a rest between every rep (none after the last).
          for (let rep = 1; rep <= reps; rep++) {
            add({ kind: 'hold', blockIndex, side, set, rep, seconds: block.holdSeconds, text: `Hold ${rep} of ${reps}` });
            if (set < sets || rep < reps) {
              add({ kind: 'rest', blockIndex, side, set, rep, seconds: block.restSeconds, text: 'Rest' });
            }
          }
        } else {
          // Moving work: a set is one stretch of reps; rests only between sets.
          add({ kind: 'reps', blockIndex, side, set, rep: null, count: reps, perRep: block.secondsPerRep, seconds: reps * block.secondsPerRep, text: `${reps} reps` });
          if (set < sets) {
            add({ kind: 'rest', blockIndex, side, set, rep: null, seconds: block.restSeconds, text: 'Rest' });
          }
        }
      }
    });
  });
  return steps;
}

/** In a reps step, the rep under way `elapsedInStep` seconds in (1-based, at the block's tempo); null in other steps. */
export function repAt(step, elapsedInStep) {
  if (!step || step.kind !== 'reps' || !(step.perRep > 0)) return null;
  return Math.min(step.count, Math.max(0, Math.floor(elapsedInStep / step.perRep)) + 1);
}

/** Total seconds of a timeline. */
export function totalSeconds(timeline) {
  return timeline.length ? timeline[timeline.length - 1].end : 0;
}

/** Seconds run so far: wall time since the start less the time spent paused. */
export function elapsedSeconds(startedAtMs, nowMs, pausedMs = 0) {
  return Math.max(0, (nowMs - startedAtMs - (pausedMs || 0)) / 1000);
}

/** Where the run is at nowMs, computed only from timestamps. */
export function stateAt(timeline, startedAtMs, nowMs, pausedMs = 0) {
  const elapsed = elapsedSeconds(startedAtMs, nowMs, pausedMs);
  const total = totalSeconds(timeline);
  if (!timeline.length || elapsed >= total) {
    return { index: timeline.length, step: null, elapsed, elapsedInStep: 0, remaining: 0, done: true };
  }
  const index = indexAt(timeline, elapsed);
  const step = timeline[index];
  return { index, step, elapsed, elapsedInStep: elapsed - step.start, remaining: step.end - elapsed, done: false };
}

/** The index of the step running at `elapsed` seconds (binary search). */
export function indexAt(timeline, elapsed) {
  let lo = 0;
  let hi = timeline.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (timeline[mid].start <= elapsed) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The startedAt that puts the run at the start of step `index` now (index past the end: finished). */
export function startedAtFor(timeline, index, nowMs, pausedMs = 0) {
  const start = index >= timeline.length ? totalSeconds(timeline) : timeline[Math.max(0, index)]?.start ?? 0;
  return nowMs - (pausedMs || 0) - start * 1000;
}

/** The first step of the block after the one at `index`, or timeline.length. */
export function nextBlockIndex(timeline, index) {
  const block = timeline[index]?.blockIndex;
  let i = index;
  while (i < timeline.length && timeline[i].blockIndex === block) i++;
  return i;
}

/** The first step of the block holding `index`. */
export function blockStartIndex(timeline, index) {
  let i = Math.min(index, timeline.length - 1);
  const block = timeline[i]?.blockIndex;
  while (i > 0 && timeline[i - 1].blockIndex === block) i--;
  return Math.max(0, i);
}

/** Skip: the start of the next step. Returns the new startedAt. */
export function skipStep(timeline, startedAtMs, nowMs, pausedMs = 0) {
  const { index } = stateAt(timeline, startedAtMs, nowMs, pausedMs);
  return startedAtFor(timeline, Math.min(index + 1, timeline.length), nowMs, pausedMs);
}

/** Back: the start of this step if more than `grace` seconds in, else the previous step. */
export function backStep(timeline, startedAtMs, nowMs, pausedMs = 0, grace = 2) {
  const s = stateAt(timeline, startedAtMs, nowMs, pausedMs);
  const index = s.done ? timeline.length - 1 : s.elapsedInStep > grace ? s.index : s.index - 1;
  return startedAtFor(timeline, Math.max(0, index), nowMs, pausedMs);
}

/** Skip the rest of this block: the start of the next block. */
export function skipBlock(timeline, startedAtMs, nowMs, pausedMs = 0) {
  const { index } = stateAt(timeline, startedAtMs, nowMs, pausedMs);
  return startedAtFor(timeline, nextBlockIndex(timeline, index), nowMs, pausedMs);
}

/** Back a block: the start of this block if more than `grace` seconds in, else the previous block. */
export function backBlock(timeline, startedAtMs, nowMs, pausedMs = 0, grace = 2) {
  const s = stateAt(timeline, startedAtMs, nowMs, pausedMs);
  const index = Math.min(s.index, timeline.length - 1);
  let first = blockStartIndex(timeline, index);
  if (!s.done && s.elapsed - (timeline[first]?.start ?? 0) <= grace && first > 0) {
    first = blockStartIndex(timeline, first - 1);
  }
  return startedAtFor(timeline, first, nowMs, pausedMs);
}
