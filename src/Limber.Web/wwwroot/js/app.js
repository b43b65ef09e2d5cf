// Limber's small page script: the check-in's time zone, and the offline service worker.
// offline.js queues answers given offline and sends them when the device is back online.
import './offline.js';

const offsetField = document.querySelector('[data-timezone-offset]');
if (offsetField) {
  offsetField.value = String(-new Date().getTimezoneOffset());
}

const errors = document.getElementById('form-errors');
if (errors) {
  errors.focus();
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => { /* offline support is optional */ });
}
