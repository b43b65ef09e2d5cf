// Limber's small page script: the check-in's time zone, and the offline service worker.
// offline.js queues answers given offline and sends them when the device is back online.
import './offline.js';

const offsetField = document.querySelector('[data-timezone-offset]');
if (offsetField) {
  offsetField.value = String(-new Date().getTimezoneOffset());
}

// Check-in: ticking a warning sign clears "None of these apply to me" (never the other way round, so a
// ticked sign is never lost); picking a date selects "On this date".
const noneApply = document.getElementById('no-red-flags');
for (const flag of document.querySelectorAll('[data-red-flag]')) {
  flag.addEventListener('change', () => {
    if (flag.checked && noneApply) {
      noneApply.checked = false;
    }
  });
}

const episodeDate = document.querySelector('[data-episode-date]');
const onDate = document.getElementById('episode-on-date');
if (episodeDate && onDate) {
  episodeDate.addEventListener('input', () => { onDate.checked = true; });
}

const errors = document.getElementById('form-errors');
if (errors) {
  errors.focus();
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => { /* offline support is optional */ });
}

// The printable progress summary's button.
for (const button of document.querySelectorAll('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
