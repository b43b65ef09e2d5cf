// The guided session player: the controller. Everything is recomputed from timestamps on each
// tick, so a hidden tab, a locked screen or a slow phone never drifts. No libraries; works
// offline once loaded. Its parts: timeline.js (the steps and where the run is), words.js (what
// they are called), cues.js (what is said when), speech.js (voice, beeps and captions),
// figure.js, wakelock.js, hurts.js (the "This hurts" dialog) and view.js (the markup).
import {
  buildTimeline, stateAt, startedAtFor, skipStep, backStep, skipBlock,
  nextBlockIndex, blockStartIndex, totalSeconds,
} from './timeline.js';
import { postJson } from './offline.js';
import { createWords, plural, sideText } from './words.js';
import { cuesFor, dueCues, startCue } from './cues.js';
import { canBeep, canSpeak, createVoice, loadSettings, saveSettings } from './speech.js';
import { createFigure, sessionFigureUrls } from './figure.js';
import { createWakeLock } from './wakelock.js';
import { createHurtsDialog } from './hurts.js';
import { RING, fitToScreen, list, mount, setText } from './view.js';

const root = document.getElementById('player');
const dataEl = document.getElementById('session-data');
if (root && dataEl) init(JSON.parse(dataEl.textContent));

function init(session) {
  const id = session.id || root.dataset.session;
  const blocks = session.blocks || [];
  const warmUp = session.warmUp || null;
  const timeline = buildTimeline(session);
  const KEY = `limber-run-${id}`;
  const run = { startedAt: null, pausedMs: 0, paused: false, pausedAt: null };
  let easier = new Set();
  let skipped = new Set();
  let ended = null; // null, 'finished' or a stop reason
  let lastIndex = -1;
  let cueStamp = '';
  let fired = new Set();
  let shownText = '';
  let chain = Promise.resolve();
  let wasRunning = false;
  const settings = loadSettings();

  const el = mount(root);
  el.rate.href = `/sessions/${id}/rate`;
  fitToScreen(root);
  const voice = createVoice(el.caption, settings);
  const figure = createFigure(el.figure);

  // time
  const started = () => run.startedAt !== null;
  const now = () => (run.paused ? run.pausedAt : Date.now());
  const current = () => (started() ? stateAt(timeline, run.startedAt, now(), run.pausedMs) : stateAt(timeline, 0, 0, 0));
  const running = () => started() && !run.paused && !ended;
  const firstOf = (blockIndex) => timeline.findIndex((s) => s.blockIndex === blockIndex);
  const stepKey = (i) => `${timeline[i].blockIndex}:${i - blockStartIndex(timeline, i)}`;
  const isWork = (step) => step && (step.kind === 'hold' || step.kind === 'reps');
  const isExercise = (blockIndex) => blockIndex >= 0 && blockIndex < blocks.length;
  const wake = createWakeLock(running);

  function jump(startedAt) {
    run.startedAt = startedAt;
    render();
    save();
  }

  // persistence: the run survives a reload, anchored to the block it was in
  function save() {
    if (!started() || ended || !timeline.length) return;
    const s = current();
    const first = blockStartIndex(timeline, Math.min(s.index, timeline.length - 1));
    const data = {
      blockIndex: timeline[first].blockIndex,
      blockStartedAt: run.startedAt + timeline[first].start * 1000,
      pausedMs: run.pausedMs, paused: run.paused, pausedAt: run.pausedAt,
      easier: [...easier], skipped: [...skipped],
    };
    try { sessionStorage.setItem(KEY, JSON.stringify(data)); } catch { /* private mode */ }
  }

  function restore() {
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch { /* ignore */ }
    if (!saved || !timeline.length) return;
    easier = new Set(saved.easier || []);
    skipped = new Set(saved.skipped || []);
    run.pausedMs = saved.pausedMs || 0;
    run.paused = !!saved.paused;
    run.pausedAt = run.paused ? saved.pausedAt : null;
    const first = firstOf(saved.blockIndex);
    if (first < 0) {
      // That block is recorded already: wait at the start of the next one.
      const later = timeline.findIndex((s) => s.blockIndex > saved.blockIndex);
      pauseAt(later < 0 ? 0 : later);
      return;
    }
    run.startedAt = saved.blockStartedAt - timeline[first].start * 1000;
    const end = nextBlockIndex(timeline, first);
    if (current().index >= end) {
      // The whole block ran out while the page was away: count it, then wait at the next one.
      complete(saved.blockIndex);
      pauseAt(end);
    }
  }

  function pauseAt(index) {
    const t = Date.now();
    run.paused = true;
    run.pausedAt = t;
    run.startedAt = startedAtFor(timeline, index, t, run.pausedMs);
  }

  // server
  function post(path, body) {
    chain = chain.then(() => postJson(`/api/sessions/${id}/${path}`, body)).catch(() => {});
    return chain;
  }

  function outcomeOf(blockIndex) {
    const first = firstOf(blockIndex);
    const end = nextBlockIndex(timeline, first);
    let work = 0;
    let missed = 0;
    for (let i = first; i < end; i++) {
      if (isWork(timeline[i])) {
        work++;
        if (skipped.has(stepKey(i))) missed++;
      }
    }
    if (work > 0 && missed === work) return 'skipped';
    return easier.has(blockIndex) ? 'easier' : 'done';
  }

  // The warm-up is not an exercise of the plan: nothing is recorded for it.
  function complete(blockIndex) {
    if (!isExercise(blockIndex)) return;
    post('progress', { blockIndex, exerciseId: blocks[blockIndex].exerciseId, outcome: outcomeOf(blockIndex) });
  }

  // Blocks passed on the way from step `from` to step `to` are finished.
  function passed(from, to) {
    if (from < 0 || to <= from) return;
    const upto = timeline[to]?.blockIndex;
    const seen = new Set();
    for (let i = from; i < Math.min(to, timeline.length); i++) {
      const b = timeline[i].blockIndex;
      if (b !== upto && !seen.has(b)) {
        seen.add(b);
        complete(b);
      }
    }
  }

  // words
  function shown(blockIndex) {
    if (blockIndex < 0) {
      return { id: warmUp.therapyId, name: warmUp.name, steps: warmUp.steps || [], cues: warmUp.cues || [], stopIf: warmUp.stopIf || [], variant: false };
    }
    const block = blocks[blockIndex];
    const variant = easier.has(blockIndex) && block.easier;
    return variant
      ? { id: variant.exerciseId, name: variant.name, steps: variant.steps || [], cues: variant.cues || [], stopIf: block.stopIf || [], variant: true }
      : { id: block.exerciseId, name: block.name, steps: block.steps || [], cues: block.cues || [], stopIf: block.stopIf || [], variant: false };
  }
  const words = createWords(session, shown);
  const cueContext = (step) => ({ block: blocks[step.blockIndex], name: shown(step.blockIndex).name, warmUp, halfway: settings.halfway });

  // the render loop: always from timestamps
  function render() {
    if (ended && ended !== 'finished') return;
    if (!timeline.length) {
      root.dataset.state = 'empty';
      return;
    }
    const s = current();
    if (s.done) {
      if (started() && !ended) finishRun(s);
      return;
    }
    const step = s.step;
    const block = blocks[step.blockIndex];
    const shownNow = shown(step.blockIndex);
    root.dataset.blockIndex = String(step.blockIndex);
    root.dataset.kind = step.kind;
    root.dataset.state = !started() ? 'idle' : run.paused ? 'paused' : 'running';
    setText(el.exercise, shownNow.name);
    figure.show(shownNow.id, step.side);
    el.variant.hidden = !shownNow.variant;
    setText(el.position, words.position(step));
    setText(el.side, sideText(step.side));
    el.side.hidden = !step.side;
    setText(el.step, step.kind === 'warm-up' ? 'heat' : step.kind);
    const remaining = Math.max(0, Math.ceil(s.remaining - 1e-6));
    // Long steps (the warm-up) read as minutes and seconds.
    setText(el.time, remaining >= 100 ? `${Math.floor(remaining / 60)}:${String(remaining % 60).padStart(2, '0')}` : String(remaining));
    root.dataset.clock = remaining >= 100 ? 'minutes' : 'seconds';
    setText(el.detail, words.detail(step, s.elapsedInStep));
    setText(el.next, words.nextText(timeline, s.index));
    const left = Math.ceil((totalSeconds(timeline) - s.elapsed) / 60);
    setText(el.total, `About ${plural(left, 'minute')} left`);

    if (s.index !== lastIndex) el.ringBar.classList.add('instant');
    el.ringBar.setAttribute('stroke-dashoffset', (RING * (1 - s.elapsedInStep / step.seconds)).toFixed(2));
    if (s.index !== lastIndex) requestAnimationFrame(() => requestAnimationFrame(() => el.ringBar.classList.remove('instant')));

    const textKey = `${step.blockIndex}:${shownNow.variant}`;
    if (textKey !== shownText) {
      shownText = textKey;
      list(el.steps, shownNow.steps);
      list(el.cues, shownNow.cues);
      list(el.stopIf, shownNow.stopIf);
      el.easierBtn.hidden = !block?.easier || shownNow.variant;
      if (block?.easier) setText(el.easierBtn, `Try the easier version: ${block.easier.name}`);
    }

    el.start.hidden = started();
    el.pause.hidden = !started();
    setText(el.pause, run.paused ? 'Resume' : 'Pause');
    for (const b of [el.skip, el.back, el.skipBlock]) b.disabled = !started();

    if (started() && s.index !== lastIndex) {
      passed(lastIndex, s.index);
      // The step's first cue is captioned whenever the step changes, spoken or not.
      voice.show(startCue(step, cueContext(step)));
      save();
    }
    if (running()) cue(s);
    lastIndex = s.index;
  }

  // cues: at the start of each step, then counts, all from cues.js
  function cue(s) {
    const stamp = `${run.startedAt}|${s.index}`;
    if (stamp !== cueStamp) {
      cueStamp = stamp;
      fired = new Set();
    }
    for (const c of dueCues(cuesFor(s.step, cueContext(s.step)), s.elapsedInStep, fired)) {
      fired.add(c.key);
      // A step that began while the tab was hidden is not announced late.
      if (c.key === 'start' && document.hidden) continue;
      voice.cue(c.text, c.tone);
    }
  }

  async function finishRun(s) {
    ended = 'finished';
    passed(lastIndex, s.index);
    lastIndex = s.index;
    root.dataset.state = 'finished';
    setText(el.exercise, 'Session complete');
    setText(el.step, 'finished');
    setText(el.time, '0');
    setText(el.detail, 'Well done. Next: how did it go?');
    voice.cue('Session complete. Well done.', 'step');
    voice.beep(660, 0.15); setTimeout(() => voice.beep(880, 0.15), 200); setTimeout(() => voice.beep(1100, 0.3), 400);
    stopTicking();
    await post('finish', { stoppedFor: null });
    forget();
    setTimeout(() => location.assign(`/sessions/${id}/rate`), 1500);
  }

  async function stopRun(reason) {
    if (ended) return;
    const s = current();
    const step = s.step || timeline[timeline.length - 1];
    ended = reason;
    stopTicking();
    root.dataset.state = 'stopped';
    if (step && isExercise(step.blockIndex)) {
      post('progress', { blockIndex: step.blockIndex, exerciseId: blocks[step.blockIndex].exerciseId, outcome: 'stopped' });
    }
    voice.cue('Stop.', 'step');
    const message = reason === 'leg-symptoms'
      ? ['Stop here. The session has ended.',
        'Tingling, or pain spreading down the leg, means stop: this is the rule. Sit or lie in whatever position is comfortable.',
        'See a doctor if it keeps spreading, if both legs are affected, or if a leg feels weak.']
      : ['Session stopped. Stopping when it hurts is the right call.'];
    el.alert.replaceChildren(...message.map((t, i) => Object.assign(document.createElement(i ? 'p' : 'h2'), { textContent: t })));
    el.rate.hidden = reason !== 'leg-symptoms';
    await post('finish', { stoppedFor: reason });
    forget();
    if (reason === 'leg-symptoms') el.rate.focus();
    else location.assign(`/sessions/${id}/rate`);
  }

  function showMode() {
    setText(el.mode, { voice: 'Voice', beeps: 'Beeps', silent: 'Silent' }[settings.mode]);
  }

  // controls
  function start() {
    if (started() || ended || !timeline.length) return;
    voice.unlockAudio();
    run.startedAt = Date.now();
    run.paused = false;
    run.pausedAt = null;
    wake.lock();
    render();
    save();
    el.pause.focus();
    warmCache();
  }

  function pause() {
    if (!running()) return;
    run.paused = true;
    run.pausedAt = Date.now();
    wake.unlock();
    voice.hush();
    voice.show('Paused.');
    render();
    save();
  }

  function resume(quiet = false) {
    if (!started() || !run.paused || ended) return;
    voice.unlockAudio();
    run.pausedMs += Date.now() - run.pausedAt;
    run.paused = false;
    run.pausedAt = null;
    cueStamp = '';
    wake.lock();
    if (!quiet) voice.show('Resumed.');
    render();
    save();
  }

  const toggle = () => (!started() ? start() : run.paused ? resume() : pause());

  function skip() {
    if (!started() || ended) return;
    const s = current();
    // A work step counts as skipped when less than half of it ran.
    if (isWork(s.step) && s.elapsedInStep < s.step.seconds / 2) skipped.add(stepKey(s.index));
    jump(skipStep(timeline, run.startedAt, now(), run.pausedMs));
  }

  function skipExercise() {
    if (!started() || ended) return;
    const s = current();
    const end = nextBlockIndex(timeline, s.index);
    const from = isWork(s.step) && s.elapsedInStep >= s.step.seconds / 2 ? s.index + 1 : s.index;
    for (let i = from; i < end; i++) if (isWork(timeline[i])) skipped.add(stepKey(i));
    jump(skipBlock(timeline, run.startedAt, now(), run.pausedMs));
  }

  function back() {
    if (!started() || ended) return;
    const t = backStep(timeline, run.startedAt, now(), run.pausedMs);
    const index = stateAt(timeline, t, now(), run.pausedMs).index;
    for (let i = index; i < timeline.length; i++) skipped.delete(stepKey(i));
    jump(t);
  }

  // "This hurts"
  const hurts = createHurtsDialog(el.dialog, {
    onOpen() {
      wasRunning = running();
      pause();
    },
    onClosed() {
      if (ended) return;
      if (wasRunning) resume(true);
      el.hurts.focus();
    },
  });

  function openHurts() {
    if (!ended) hurts.open();
  }

  function tryEasier() {
    const s = current();
    if (!s.step || !isExercise(s.step.blockIndex)) return;
    easier.add(s.step.blockIndex);
    save();
    render();
    voice.show(`Easier version: ${shown(s.step.blockIndex).name}.`);
    hurts.close();
  }

  // offline: cache this page, the plan, the rating page and every figure the session can show
  let warmed = false;
  function warmCache() {
    const sw = navigator.serviceWorker;
    if (warmed || !sw || !navigator.onLine) return;
    warmed = true;
    const go = () => {
      [location.pathname, `/sessions/${id}/rate`, `/plans/${session.planId}`, ...sessionFigureUrls(session)]
        .forEach((u) => fetch(u, { credentials: 'same-origin' }).catch(() => {}));
    };
    if (sw.controller) go(); else sw.addEventListener('controllerchange', go, { once: true });
  }

  // wiring
  el.start.addEventListener('click', start);
  el.pause.addEventListener('click', toggle);
  el.skip.addEventListener('click', skip);
  el.skipBlock.addEventListener('click', skipExercise);
  el.back.addEventListener('click', back);
  el.hurts.addEventListener('click', openHurts);
  el.easierBtn.addEventListener('click', tryEasier);
  el.legBtn.addEventListener('click', () => { hurts.close(); stopRun('leg-symptoms'); });
  el.stopBtn.addEventListener('click', () => { hurts.close(); stopRun('pain'); });
  el.cancelBtn.addEventListener('click', () => hurts.close());
  el.finish.addEventListener('click', async () => {
    await post('finish', { stoppedFor: null });
    location.assign(`/sessions/${id}/rate`);
  });

  for (const input of el.modes) {
    input.checked = input.value === settings.mode;
    if (input.value === 'voice' && !canSpeak()) input.disabled = true;
    if (input.value === 'beeps' && !canBeep()) input.disabled = true;
    input.addEventListener('change', () => {
      settings.mode = input.value;
      saveSettings(settings);
      showMode();
      voice.unlockAudio();
      if (settings.mode === 'voice') voice.say('Voice on'); else voice.beep(880, 0.15);
    });
  }
  el.halfway.checked = settings.halfway;
  el.halfway.addEventListener('change', () => { settings.halfway = el.halfway.checked; saveSettings(settings); });
  showMode();

  const interactive = (t) => t instanceof Element && t.closest('input, textarea, select, summary, dialog, [contenteditable]');
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || interactive(e.target) || hurts.isOpen()) return;
    const act = { ' ': toggle, ArrowRight: skip, ArrowLeft: back }[e.key];
    if (!act) return;
    e.preventDefault();
    if (!e.repeat || e.key !== ' ') act();
  });
  // Space is handled on keydown; stop a focused button from also clicking on keyup.
  document.addEventListener('keyup', (e) => {
    if (e.key === ' ' && !interactive(e.target) && !hurts.isOpen()) e.preventDefault();
  });
  document.addEventListener('pointerdown', voice.unlockAudio, { once: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      render();
      if (running()) wake.lock();
    } else {
      save();
    }
  });
  addEventListener('pagehide', save);

  let timer = setInterval(render, 250);
  function stopTicking() {
    clearInterval(timer);
    timer = null;
    wake.unlock();
  }
  function forget() {
    try { sessionStorage.removeItem(KEY); } catch { /* ignore */ }
  }

  window.limberPlayer = {
    state() {
      const s = current();
      const step = ended ? null : s.step;
      return {
        blockIndex: step ? step.blockIndex : null,
        stepKind: ended === 'finished' ? 'finished' : ended ? 'stopped' : step ? step.kind : null,
        side: step ? step.side : null,
        remainingSeconds: step ? Math.max(0, Math.ceil(s.remaining - 1e-6)) : 0,
        running: running(),
      };
    },
  };

  if (!timeline.length) {
    root.dataset.state = 'empty';
    return;
  }
  restore();
  lastIndex = current().index;
  render();
  if (running()) wake.lock();
  warmCache();
}
