// The guided session player. Everything is recomputed from timestamps on each tick, so a hidden
// tab, a locked screen or a slow phone never drifts. No libraries; works offline once loaded.
import {
  buildTimeline, stateAt, startedAtFor, skipStep, backStep, skipBlock,
  nextBlockIndex, blockStartIndex, totalSeconds,
} from './timeline.js';
import { postJson } from './offline.js';

const root = document.getElementById('player');
const dataEl = document.getElementById('session-data');
if (root && dataEl) init(JSON.parse(dataEl.textContent));

function init(session) {
  const id = session.id || root.dataset.session;
  const blocks = session.blocks || [];
  const timeline = buildTimeline(session);
  const KEY = `limber-run-${id}`;
  const SETTINGS = 'limber-cues';
  const run = { startedAt: null, pausedMs: 0, paused: false, pausedAt: null };
  let easier = new Set();
  let skipped = new Set();
  let ended = null; // null, 'finished' or a stop reason
  let lastIndex = -1;
  let cueStamp = '';
  let fired = new Set();
  let shownText = '';
  let wakeLock = null;
  let locking = false;
  let audio = null;
  let chain = Promise.resolve();
  let wasRunning = false;
  const settings = loadSettings();

  root.replaceChildren(template());
  const $ = (sel) => root.querySelector(sel);
  const el = { easierBtn: $('#hurts-easier') };
  for (const n of 'figure exercise position variant side step time detail next total ring-bar start pause skip back skip-block hurts steps cues stop-if live alert dialog mode rate'.split(' ')) {
    el[n.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = $(`#player-${n}`);
  }
  el.rate.href = `/sessions/${id}/rate`;
  const RING = 2 * Math.PI * 54;
  el.ringBar.setAttribute('stroke-dasharray', RING.toFixed(2));

  // time
  const started = () => run.startedAt !== null;
  const now = () => (run.paused ? run.pausedAt : Date.now());
  const current = () => (started() ? stateAt(timeline, run.startedAt, now(), run.pausedMs) : stateAt(timeline, 0, 0, 0));
  const running = () => started() && !run.paused && !ended;
  const firstOf = (blockIndex) => timeline.findIndex((s) => s.blockIndex === blockIndex);
  const stepKey = (i) => `${timeline[i].blockIndex}:${i - blockStartIndex(timeline, i)}`;
  const isWork = (step) => step && (step.kind === 'hold' || step.kind === 'reps');

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

  function complete(blockIndex) {
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
    const block = blocks[blockIndex];
    const variant = easier.has(blockIndex) && block.easier;
    return variant
      ? { id: variant.exerciseId, name: variant.name, steps: variant.steps || [], cues: variant.cues || [], stopIf: block.stopIf || [], variant: true }
      : { id: block.exerciseId, name: block.name, steps: block.steps || [], cues: block.cues || [], stopIf: block.stopIf || [], variant: false };
  }
  const sideText = (side) => (side === 'left' ? 'Left side' : side === 'right' ? 'Right side' : '');
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  function dose(block) {
    const sets = block.sets > 1 ? `${block.sets} sets of ` : '';
    const each = block.sides === 'each' ? ' each side' : '';
    return block.held ? `${sets}${block.reps} × ${block.holdSeconds} s hold${each}` : `${sets}${plural(block.reps, 'rep')}${each}`;
  }

  function label(step) {
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

  function detail(step) {
    const block = blocks[step.blockIndex];
    if (step.kind === 'ready') return dose(block);
    if (step.kind === 'reps') return `${label(step)}, about ${block.secondsPerRep} s each`;
    if (step.kind === 'rest') return 'Breathe out and relax';
    return label(step);
  }

  function nextText(index) {
    const n = timeline[index + 1];
    if (!n) return 'Next: the end of the session';
    if (n.kind === 'ready') return `Next: ${shown(n.blockIndex).name}`;
    return `Next: ${label(n)}${n.side && n.kind !== 'changeover' ? `, ${sideText(n.side).toLowerCase()}` : ''} · ${n.seconds} s`;
  }

  function announcement(step) {
    const side = sideText(step.side);
    const head = step.kind === 'ready' ? `${shown(step.blockIndex).name}. ${side ? `${side}. ` : ''}` : side && step.kind !== 'changeover' ? `${side}. ` : '';
    return `${head}${label(step)}, ${step.seconds} seconds.`;
  }

  function list(ol, items) {
    ol.replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
    ol.closest('.player-list').hidden = items.length === 0;
  }

  const setText = (node, text) => { if (node.textContent !== text) node.textContent = text; };

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
    const words = shown(step.blockIndex);
    root.dataset.blockIndex = String(step.blockIndex);
    root.dataset.kind = step.kind;
    root.dataset.state = !started() ? 'idle' : run.paused ? 'paused' : 'running';
    setText(el.exercise, words.name);
    // The figure for the current exercise, mirrored for the second (right) side.
    const figure = `/figures/${encodeURIComponent(words.id)}.svg${step.side === 'right' ? '?mirror=1' : ''}`;
    if (el.figure.getAttribute('src') !== figure) {
      el.figure.setAttribute('src', figure);
      el.figure.dataset.mirrored = String(step.side === 'right');
    }
    el.variant.hidden = !words.variant;
    setText(el.position, `Exercise ${step.blockIndex + 1} of ${blocks.length} · ${block.part}`);
    setText(el.side, sideText(step.side));
    el.side.hidden = !step.side;
    setText(el.step, step.kind);
    setText(el.time, String(Math.max(0, Math.ceil(s.remaining - 1e-6))));
    setText(el.detail, detail(step));
    setText(el.next, nextText(s.index));
    const left = Math.ceil((totalSeconds(timeline) - s.elapsed) / 60);
    setText(el.total, `About ${plural(left, 'minute')} left`);

    if (s.index !== lastIndex) el.ringBar.classList.add('instant');
    el.ringBar.setAttribute('stroke-dashoffset', (RING * (1 - s.elapsedInStep / step.seconds)).toFixed(2));
    if (s.index !== lastIndex) requestAnimationFrame(() => requestAnimationFrame(() => el.ringBar.classList.remove('instant')));

    const textKey = `${step.blockIndex}:${words.variant}`;
    if (textKey !== shownText) {
      shownText = textKey;
      list(el.steps, words.steps);
      list(el.cues, words.cues);
      list(el.stopIf, words.stopIf);
      el.easierBtn.hidden = !block.easier || words.variant;
      if (block.easier) setText(el.easierBtn, `Try the easier version: ${block.easier.name}`);
    }

    el.start.hidden = started();
    el.pause.hidden = !started();
    setText(el.pause, run.paused ? 'Resume' : 'Pause');
    for (const b of [el.skip, el.back, el.skipBlock]) b.disabled = !started();

    if (started() && s.index !== lastIndex) {
      passed(lastIndex, s.index);
      el.live.textContent = announcement(step);
      save();
    }
    if (running()) cue(s);
    lastIndex = s.index;
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
    el.live.textContent = 'Session complete. Well done.';
    say('Session complete. Well done.');
    beep(660, 0.15); setTimeout(() => beep(880, 0.15), 200); setTimeout(() => beep(1100, 0.3), 400);
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
    if (step) post('progress', { blockIndex: step.blockIndex, exerciseId: blocks[step.blockIndex].exerciseId, outcome: 'stopped' });
    say('Stop.');
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

  // cues: voice, beeps or silence
  function loadSettings() {
    let s = {};
    try { s = JSON.parse(localStorage.getItem(SETTINGS) || '{}') || {}; } catch { /* ignore */ }
    const canSpeak = 'speechSynthesis' in window;
    const mode = ['voice', 'beeps', 'silent'].includes(s.mode) ? s.mode : canSpeak ? 'voice' : 'beeps';
    return { mode, halfway: !!s.halfway };
  }

  function saveSettings() {
    try { localStorage.setItem(SETTINGS, JSON.stringify(settings)); } catch { /* ignore */ }
    setText(el.mode, { voice: 'Voice', beeps: 'Beeps', silent: 'Silent' }[settings.mode]);
  }

  function unlockAudio() {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!audio && Ctx) {
      try { audio = new Ctx(); } catch { audio = null; }
    }
    if (audio?.state === 'suspended') audio.resume().catch(() => {});
  }

  function beep(freq = 880, seconds = 0.15) {
    if (settings.mode !== 'beeps' || !audio) return;
    try {
      const t = audio.currentTime;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.5, t + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + seconds);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + seconds + 0.05);
    } catch { /* audio unavailable */ }
  }

  function say(text) {
    if (settings.mode !== 'voice' || !('speechSynthesis' in window)) return;
    try {
      speechSynthesis.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = document.documentElement.lang || 'en';
      speechSynthesis.speak(u);
    } catch { /* speech unavailable */ }
  }

  const SPOKEN = { hold: 'Hold', reps: 'Go', rest: 'Rest', changeover: 'Switch sides' };

  function cue(s) {
    const step = s.step;
    const stamp = `${run.startedAt}|${s.index}`;
    if (stamp !== cueStamp) {
      cueStamp = stamp;
      fired = new Set();
      if (s.elapsedInStep < 1.5 && !document.hidden) {
        if (step.kind === 'ready') {
          const side = sideText(step.side);
          say(`${shown(step.blockIndex).name}.${side ? ` ${side}.` : ''} Get ready.`);
        } else {
          say(step.kind === 'reps' ? `Go. ${plural(blocks[step.blockIndex].reps, 'rep')}.` : SPOKEN[step.kind]);
        }
        beep(isWork(step) ? 990 : 660, 0.3);
      }
    }
    const n = Math.ceil(s.remaining - 1e-6);
    if (n >= 1 && n <= 3 && step.seconds > n && n - s.remaining < 0.8 && !fired.has(n)) {
      fired.add(n);
      say(String(n));
      beep(880, 0.1);
    }
    const half = step.seconds / 2;
    if (settings.halfway && isWork(step) && step.seconds >= 10 && s.elapsedInStep >= half && s.elapsedInStep < half + 1 && !fired.has('half')) {
      fired.add('half');
      say('Halfway');
      beep(550, 0.12);
    }
  }

  // screen wake lock
  async function lock() {
    if (!('wakeLock' in navigator) || wakeLock || locking || document.visibilityState !== 'visible') return;
    locking = true;
    try {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => { wakeLock = null; });
      if (!running()) unlock();
    } catch { wakeLock = null; } finally { locking = false; }
  }

  function unlock() {
    const held = wakeLock;
    wakeLock = null;
    held?.release().catch(() => {});
  }

  // controls
  function start() {
    if (started() || ended || !timeline.length) return;
    unlockAudio();
    run.startedAt = Date.now();
    run.paused = false;
    run.pausedAt = null;
    lock();
    render();
    save();
    el.pause.focus();
    warmCache();
  }

  function pause() {
    if (!running()) return;
    run.paused = true;
    run.pausedAt = Date.now();
    unlock();
    if ('speechSynthesis' in window) speechSynthesis.cancel();
    el.live.textContent = 'Paused.';
    render();
    save();
  }

  function resume(quiet = false) {
    if (!started() || !run.paused || ended) return;
    unlockAudio();
    run.pausedMs += Date.now() - run.pausedAt;
    run.paused = false;
    run.pausedAt = null;
    cueStamp = '';
    lock();
    if (!quiet) el.live.textContent = 'Resumed.';
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
  function openHurts() {
    if (ended) return;
    wasRunning = running();
    pause();
    if (el.dialog.showModal) el.dialog.showModal(); else el.dialog.setAttribute('open', '');
    const first = [...el.dialog.querySelectorAll('button')].find((b) => !b.hidden);
    first?.focus();
  }

  function closeHurts() {
    if (el.dialog.open) {
      if (el.dialog.close) el.dialog.close(); else { el.dialog.removeAttribute('open'); onDialogClosed(); }
    }
  }

  function onDialogClosed() {
    if (ended) return;
    if (wasRunning) resume(true);
    el.hurts.focus();
  }

  function tryEasier() {
    const s = current();
    if (!s.step) return;
    easier.add(s.step.blockIndex);
    save();
    render();
    el.live.textContent = `Easier version: ${shown(s.step.blockIndex).name}.`;
    closeHurts();
  }

  // offline: cache this page, the plan and the rating page while online
  function warmCache() {
    const sw = navigator.serviceWorker;
    if (!sw || !navigator.onLine) return;
    const go = () => [location.pathname, `/sessions/${id}/rate`, `/plans/${session.planId}`]
      .forEach((u) => fetch(u, { credentials: 'same-origin' }).catch(() => {}));
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
  $('#hurts-leg').addEventListener('click', () => { closeHurts(); stopRun('leg-symptoms'); });
  $('#hurts-stop').addEventListener('click', () => { closeHurts(); stopRun('pain'); });
  $('#hurts-cancel').addEventListener('click', closeHurts);
  el.dialog.addEventListener('close', onDialogClosed);
  $('#player-finish').addEventListener('click', async () => {
    await post('finish', { stoppedFor: null });
    location.assign(`/sessions/${id}/rate`);
  });

  for (const input of root.querySelectorAll('input[name=cue-mode]')) {
    input.checked = input.value === settings.mode;
    if (input.value === 'voice' && !('speechSynthesis' in window)) input.disabled = true;
    if (input.value === 'beeps' && !(window.AudioContext || window.webkitAudioContext)) input.disabled = true;
    input.addEventListener('change', () => {
      settings.mode = input.value;
      saveSettings();
      unlockAudio();
      if (settings.mode === 'voice') say('Voice on'); else beep(880, 0.15);
    });
  }
  const halfway = $('#player-halfway');
  halfway.checked = settings.halfway;
  halfway.addEventListener('change', () => { settings.halfway = halfway.checked; saveSettings(); });
  saveSettings();

  const interactive = (t) => t instanceof Element && t.closest('input, textarea, select, summary, dialog, [contenteditable]');
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || interactive(e.target) || el.dialog.open) return;
    const act = { ' ': toggle, ArrowRight: skip, ArrowLeft: back }[e.key];
    if (!act) return;
    e.preventDefault();
    if (!e.repeat || e.key !== ' ') act();
  });
  // Space is handled on keydown; stop a focused button from also clicking on keyup.
  document.addEventListener('keyup', (e) => {
    if (e.key === ' ' && !interactive(e.target) && !el.dialog.open) e.preventDefault();
  });
  document.addEventListener('pointerdown', unlockAudio, { once: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      render();
      if (running()) lock();
    } else {
      save();
    }
  });
  addEventListener('pagehide', save);

  let timer = setInterval(render, 250);
  function stopTicking() {
    clearInterval(timer);
    timer = null;
    unlock();
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
  if (running()) lock();
}

function template() {
  const t = document.createElement('template');
  t.innerHTML = `
<div class="player-main">
<p class="player-position"><span id="player-position"></span> <span id="player-variant" class="tag" hidden>Easier version</span></p>
<h1 id="player-exercise" class="player-exercise"></h1>
<p id="player-side" class="player-side" hidden></p>
<img id="player-figure" class="player-figure" alt="" width="320" height="200">
<div class="player-clock">
<svg class="player-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
<circle class="player-ring-track" cx="60" cy="60" r="54"></circle>
<circle id="player-ring-bar" class="player-ring-bar" cx="60" cy="60" r="54" transform="rotate(-90 60 60)"></circle>
</svg>
<div class="player-clock-text">
<span id="player-step" class="player-step"></span>
<span class="player-time-wrap"><span id="player-time" class="player-time">0</span><span class="player-unit">s</span></span>
</div>
</div>
<p id="player-detail" class="player-detail"></p>
<p id="player-next" class="player-next"></p>
<div class="player-controls">
<button type="button" id="player-start" class="player-primary">Start</button>
<button type="button" id="player-pause" class="player-primary" hidden>Pause</button>
<button type="button" id="player-back" class="secondary" aria-keyshortcuts="ArrowLeft">Back</button>
<button type="button" id="player-skip" class="secondary" aria-keyshortcuts="ArrowRight">Skip</button>
<button type="button" id="player-hurts" class="danger player-hurts">This hurts</button>
</div>
<div id="player-alert" class="player-alert notice stop" aria-live="assertive"></div>
<p class="player-after"><a id="player-rate" class="button big" href="#" hidden>Go on to the rating</a></p>
<div class="player-empty">
<p>Every exercise in this session is already recorded.</p>
<button type="button" id="player-finish" class="big">Finish the session</button>
</div>
<p id="player-total" class="player-total muted"></p>
<div class="player-more">
<button type="button" id="player-skip-block" class="secondary">Skip this exercise</button>
<details class="player-settings">
<summary>Sound: <span id="player-mode"></span></summary>
<fieldset>
<legend>Cues</legend>
<label class="choice"><input type="radio" name="cue-mode" value="voice"> Voice</label>
<label class="choice"><input type="radio" name="cue-mode" value="beeps"> Beeps</label>
<label class="choice"><input type="radio" name="cue-mode" value="silent"> Silent</label>
<label class="choice"><input type="checkbox" id="player-halfway"> Cue halfway through each hold</label>
</fieldset>
</details>
<p class="player-keys muted">Keys: Space pauses or resumes, ← goes back, → skips.</p>
</div>
</div>
<div class="player-text">
<div class="player-list"><h2>How to do it</h2><ol id="player-steps"></ol></div>
<div class="player-list"><h2>Cues</h2><ul id="player-cues"></ul></div>
<div class="player-list player-stop-if"><h2>Stop if</h2><ul id="player-stop-if"></ul></div>
</div>
<div id="player-live" class="visually-hidden" aria-live="polite"></div>
<dialog id="player-dialog" class="player-dialog" aria-labelledby="hurts-title">
<h2 id="hurts-title">What is happening?</h2>
<p>Ease out of the position first. Then choose:</p>
<div class="player-dialog-options">
<button type="button" id="hurts-easier" class="big" hidden>Try the easier version</button>
<button type="button" id="hurts-leg" class="big danger">My leg is tingling or pain is spreading down the leg</button>
<button type="button" id="hurts-stop" class="big danger">Stop the session</button>
<button type="button" id="hurts-cancel" class="big secondary">It has settled: keep going</button>
</div>
</dialog>`;
  return t.content;
}
