// The exercise sheet's Print button: shown only where script runs, since without it the hint
// beside it (the browser's own Print command) is all there is.
const button = document.getElementById('print-sheet');
if (button) {
  button.hidden = false;
  document.getElementById('print-hint')?.setAttribute('hidden', '');
  button.addEventListener('click', () => window.print());
}
