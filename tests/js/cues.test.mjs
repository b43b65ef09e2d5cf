// The player's spoken cues: run with `node --test tests/js` (test.sh does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline } from '../../src/Limber.Web/wwwroot/js/timeline.js';
import { cuesFor, dueCues, groupFor, startCue } from '../../src/Limber.Web/wwwroot/js/cues.js';

const twist = { exerciseId: 'seated-twist', name: 'Seated twist', kind: 'stretch', sides: 'each', sets: 1, reps: 2, holdSeconds: 20, restSeconds: 10, secondsPerRep: 0, held: true };
const catCow = { exerciseId: 'cat-cow', name: 'Cat-cow', kind: 'mobility', sides: 'both', sets: 1, reps: 5, holdSeconds: 0, restSeconds: 0, secondsPerRep: 3, held: false };
const groups = ['feet', 'calves', 'thighs', 'seat', 'belly', 'back', 'hands', 'arms', 'shoulders', 'face'];
const pmr = { exerciseId: 'progressive-muscle-relaxation', name: 'Progressive muscle relaxation', kind: 'relaxation', sides: 'both', sets: 1, reps: 10, holdSeconds: 5, restSeconds: 15, secondsPerRep: 0, held: true, tenseGroups: groups };
const context = (block) => ({ block, name: block.name, warmUp: null, halfway: false });

test('getting ready names the exercise and the side', () => {
  const [ready] = buildTimeline({ blocks: [twist] });

  assert.equal(startCue(ready, context(twist)), 'Next exercise: Seated twist. Left side. Get ready.');
});

test('the changeover names the exercise and the right side', () => {
  const changeover = buildTimeline({ blocks: [twist] }).find((s) => s.kind === 'changeover');

  assert.equal(startCue(changeover, context(twist)), 'Switch sides. Seated twist, right side.');
});

test('reps are counted at the tempo of the record, without a 3-2-1 over them', () => {
  const reps = buildTimeline({ blocks: [catCow] }).find((s) => s.kind === 'reps');

  const cues = cuesFor(reps, context(catCow));

  assert.deepEqual(cues.map((c) => [c.at, c.text]), [[0, 'Go. 5 reps. 1.'], [3, '2'], [6, '3'], [9, '4'], [12, '5']]);
});

test('holds count down the last three seconds', () => {
  const hold = buildTimeline({ blocks: [twist] }).find((s) => s.kind === 'hold');

  assert.deepEqual(cuesFor(hold, context(twist)).map((c) => [c.at, c.text]), [[0, 'Hold. 1 of 2.'], [17, '3'], [18, '2'], [19, '1']]);
});

test('progressive muscle relaxation says which muscle group to tense on each hold, and to let go in the rests', () => {
  const timeline = buildTimeline({ blocks: [pmr] });
  const holds = timeline.filter((s) => s.kind === 'hold');

  assert.deepEqual(holds.slice(0, 3).map((s) => startCue(s, context(pmr))), ['Tense your feet, gently.', 'Tense your calves, gently.', 'Tense your thighs, gently.']);
  assert.equal(startCue(holds[9], context(pmr)), 'Tense your face, gently.');
  assert.equal(startCue(timeline.find((s) => s.kind === 'rest'), context(pmr)), 'Let go, and notice the difference.');
});

test('with fewer holds than muscle groups the groups still run from the first to the last', () => {
  assert.equal(groupFor(groups, 1, 8), 'feet');
  assert.equal(groupFor(groups, 8, 8), 'face');
  const picked = [1, 2, 3, 4, 5, 6, 7, 8].map((rep) => groupFor(groups, rep, 8));
  assert.equal(new Set(picked).size, 8);
  assert.equal(groupFor([], 1, 8), null);
});

test('a warm-up with a pack says how long, and the safety line about the skin and sleep', () => {
  const [warmUp] = buildTimeline({ blocks: [twist], warmUp: { therapyId: 'heat-pack', name: 'Heat pack', minutes: 20 } });

  const cues = cuesFor(warmUp, { block: undefined, name: 'Heat pack', warmUp: { name: 'Heat pack', minutes: 20 }, halfway: false });

  assert.match(cues[0].text, /^Warm up first: Heat pack for 20 minutes\./);
  assert.match(cues[0].text, /cloth between the heat and your skin, and do not fall asleep on it\.$/);
  assert.deepEqual(cues.slice(1).map((c) => [c.at, c.text]), [[1140, 'One minute of warmth left.'], [1197, '3'], [1198, '2'], [1199, '1']]);
});

test('a cue fires once, within its moment, and not when it is long past', () => {
  const hold = buildTimeline({ blocks: [twist] }).find((s) => s.kind === 'hold');
  const cues = cuesFor(hold, context(twist));
  const fired = new Set();

  assert.deepEqual(dueCues(cues, 0.2, fired).map((c) => c.key), ['start']);
  fired.add('start');
  assert.deepEqual(dueCues(cues, 1, fired), []);
  assert.deepEqual(dueCues(cues, 17.5, fired).map((c) => c.text), ['3']);
  assert.deepEqual(dueCues(cues, 18.9, new Set()).map((c) => c.text), []);
});

test('the halfway cue comes only when asked for, on holds of ten seconds or more', () => {
  const hold = buildTimeline({ blocks: [twist] }).find((s) => s.kind === 'hold');

  assert.ok(!cuesFor(hold, context(twist)).some((c) => c.key === 'half'));
  assert.deepEqual(cuesFor(hold, { ...context(twist), halfway: true }).find((c) => c.key === 'half'), { at: 10, key: 'half', text: 'Halfway.', tone: 'half' });
});

test('a warm-up in a bath or sauna says to get out if faint, not the pack line', () => {
  const [warmUp] = buildTimeline({ blocks: [twist], warmUp: { therapyId: 'hot-bath', name: 'Hot bath', minutes: 10, largeArea: true } });

  const text = startCue(warmUp, { block: undefined, name: 'Hot bath', warmUp: { name: 'Hot bath', minutes: 10, largeArea: true } });

  assert.equal(text, 'Warm up first: Hot bath for 10 minutes. Get out at once if you feel dizzy or unwell.');
});
