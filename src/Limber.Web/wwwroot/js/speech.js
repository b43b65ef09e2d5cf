// Cues out loud: the voice (speechSynthesis where the browser has it), beeps, or silence, and
// a caption for every cue whatever the mode, so nothing is only heard.
const SETTINGS = 'limber-cues';
const TONES = { work: [990, 0.3], step: [660, 0.3], count: [880, 0.1], half: [550, 0.12] };

export const canSpeak = () => 'speechSynthesis' in window;
export const canBeep = () => !!(window.AudioContext || window.webkitAudioContext);

export function loadSettings() {
  let s = {};
  try { s = JSON.parse(localStorage.getItem(SETTINGS) || '{}') || {}; } catch { /* ignore */ }
  const mode = ['voice', 'beeps', 'silent'].includes(s.mode) ? s.mode : canSpeak() ? 'voice' : 'beeps';
  return { mode, halfway: !!s.halfway };
}

export function saveSettings(settings) {
  try { localStorage.setItem(SETTINGS, JSON.stringify(settings)); } catch { /* ignore */ }
}

/** The cue voice for one player: `caption` is the element that shows every cue (an aria-live region). */
export function createVoice(caption, settings) {
  let audio = null;

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
    if (settings.mode !== 'voice' || !canSpeak() || !text) return;
    try {
      speechSynthesis.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = document.documentElement.lang || 'en';
      speechSynthesis.speak(u);
    } catch { /* speech unavailable */ }
  }

  function show(text) {
    if (caption.textContent !== text) caption.textContent = text;
  }

  /** A cue: captioned always, then spoken or beeped as the settings say. */
  function cue(text, tone = 'step') {
    show(text);
    say(text);
    const [freq, seconds] = TONES[tone] ?? TONES.step;
    beep(freq, seconds);
  }

  function hush() {
    if (canSpeak()) {
      try { speechSynthesis.cancel(); } catch { /* ignore */ }
    }
  }

  return { cue, show, say, beep, hush, unlockAudio };
}
