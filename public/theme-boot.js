/* global localStorage, document */
// Applies the saved theme before first paint so dark mode never flashes light. A file, not an inline
// script, so the Content-Security-Policy can forbid inline scripts (script-src 'self').
try {
  var t = localStorage.getItem('tsd-theme');
  if (t === 'light' || t === 'dark' || t === 'contrast') document.documentElement.dataset.theme = t;
} catch {
  // Site data blocked: the system theme applies.
}
