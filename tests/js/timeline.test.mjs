// The player's timeline: run with `node --test tests/js` (test.sh does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildTimeline, totalSeconds, stateAt, skipStep, backStep, skipBlock, backBlock, repAt,
} from '../../src/Limber.Web/wwwroot/js/timeline.js';

const held = { exerciseId: 'knee-to-chest', sides: 'each', sets: 1, reps: 2, holdSeconds: 20, restSeconds: 10, secondsPerRep: 0, held: true };
const moving = { exerciseId: 'cat-cow', sides: 'both', sets: 2, reps: 8, holdSeconds: 0, restSeconds: 15, secondsPerRep: 4, held: false };
const session = (blocks, extra = {}) => ({ setupSeconds: 10, changeoverSeconds: 5, blocks, ...extra });
const at = (seconds) => seconds * 1000;
const kinds = (timeline) => timeline.map((s) => `${s.kind}${s.side ? `:${s.side}` : ''}`);

test('a held block on each side gets ready, holds and rests on the left, changes over, then does the right', () => {
  const timeline = buildTimeline(session([held]));

  assert.deepEqual(kinds(timeline), ['ready:left', 'hold:left', 'rest:left', 'hold:left', 'changeover:right', 'hold:right', 'rest:right', 'hold:right']);
  assert.deepEqual(timeline.map((s) => s.seconds), [10, 20, 10, 20, 5, 20, 10, 20]);
});

test('the steps follow each other without gaps and add up to the planned seconds of BlockTiming', () => {
  const timeline = buildTimeline(session([held, moving]));

  for (let i = 1; i < timeline.length; i++) assert.equal(timeline[i].start, timeline[i - 1].end);
  // held: 10 + 2 × (2 × 20 + 10) + 5 = 115; moving: 10 + 2 × 8 × 4 + 15 = 89
  assert.equal(totalSeconds(timeline), 115 + 89);
});

test('moving work is one reps step per set with rests only between sets', () => {
  const timeline = buildTimeline(session([moving]));

  assert.deepEqual(kinds(timeline), ['ready', 'reps', 'rest', 'reps']);
  assert.equal(timeline[1].seconds, 32);
  assert.equal(timeline[1].count, 8);
});

test('blocks that already have an outcome are left out', () => {
  const timeline = buildTimeline(session([{ ...held, outcome: 'done' }, moving]));

  assert.ok(timeline.every((s) => s.blockIndex === 1));
});

test('a warm-up comes first with its own timer of its minutes and no block of the plan', () => {
  const timeline = buildTimeline(session([moving], { warmUp: { therapyId: 'heat-pack', name: 'Heat pack', minutes: 20 } }));

  assert.equal(timeline[0].kind, 'warm-up');
  assert.equal(timeline[0].blockIndex, -1);
  assert.equal(timeline[0].seconds, 1200);
  assert.equal(timeline[1].kind, 'ready');
  assert.equal(timeline[1].start, 1200);
});

test('the state comes from timestamps alone, less the time spent paused', () => {
  const timeline = buildTimeline(session([held]));

  const s = stateAt(timeline, at(0), at(35), at(3));

  assert.equal(s.step.kind, 'rest');
  assert.equal(s.elapsed, 32);
  assert.equal(s.remaining, 8);
  assert.equal(stateAt(timeline, at(0), at(totalSeconds(timeline))).done, true);
});

test('the changeover moves the run from the left side to the right', () => {
  const timeline = buildTimeline(session([held]));

  // ready 0-10, hold 10-30, rest 30-40, hold 40-60, changeover 60-65, then the right side
  assert.equal(stateAt(timeline, 0, at(59)).step.side, 'left');
  const changeover = stateAt(timeline, 0, at(61));
  assert.equal(changeover.step.kind, 'changeover');
  assert.equal(changeover.step.side, 'right');
  assert.equal(stateAt(timeline, 0, at(66)).step.kind, 'hold');
  assert.equal(stateAt(timeline, 0, at(66)).step.side, 'right');
});

test('skip goes to the start of the next step, and at the last step to the end', () => {
  const timeline = buildTimeline(session([held]));

  const startedAt = skipStep(timeline, 0, at(15));
  assert.equal(stateAt(timeline, startedAt, at(15)).index, 2);
  assert.equal(stateAt(timeline, startedAt, at(15)).elapsedInStep, 0);
  const last = skipStep(timeline, 0, at(totalSeconds(timeline) - 1));
  assert.equal(stateAt(timeline, last, at(totalSeconds(timeline) - 1)).done, true);
});

test('back restarts the step after its first seconds, and goes to the step before within them', () => {
  const timeline = buildTimeline(session([held]));

  const restart = backStep(timeline, 0, at(20));
  assert.equal(stateAt(timeline, restart, at(20)).index, 1);
  assert.equal(stateAt(timeline, restart, at(20)).elapsedInStep, 0);
  const previous = backStep(timeline, 0, at(11));
  assert.equal(stateAt(timeline, previous, at(11)).index, 0);
  assert.equal(stateAt(timeline, backStep(timeline, 0, at(1)), at(1)).index, 0);
});

test('skipping a block goes to the next block, and back a block returns to the start of this one or the one before', () => {
  const timeline = buildTimeline(session([held, moving]));

  const next = skipBlock(timeline, 0, at(30));
  assert.equal(stateAt(timeline, next, at(30)).step.blockIndex, 1);
  assert.equal(stateAt(timeline, next, at(30)).step.kind, 'ready');
  const thisOne = backBlock(timeline, 0, at(130));
  assert.equal(stateAt(timeline, thisOne, at(130)).step.blockIndex, 1);
  assert.equal(stateAt(timeline, thisOne, at(130)).index, 8);
  const before = backBlock(timeline, 0, at(116));
  assert.equal(stateAt(timeline, before, at(116)).index, 0);
});

test('skipping the warm-up starts the first exercise', () => {
  const timeline = buildTimeline(session([held], { warmUp: { minutes: 20 } }));

  const startedAt = skipStep(timeline, 0, at(60));
  const s = stateAt(timeline, startedAt, at(60));
  assert.equal(s.step.kind, 'ready');
  assert.equal(s.step.blockIndex, 0);
});

test('the rep under way follows the tempo of the record', () => {
  const [, reps] = buildTimeline(session([moving]));

  assert.equal(repAt(reps, 0), 1);
  assert.equal(repAt(reps, 3.9), 1);
  assert.equal(repAt(reps, 4), 2);
  assert.equal(repAt(reps, 31.9), 8);
  assert.equal(repAt(reps, 40), 8);
  assert.equal(repAt({ kind: 'hold' }, 3), null);
});
