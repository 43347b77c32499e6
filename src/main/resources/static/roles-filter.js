// htmx settings for the roles page. The site's Content Security Policy allows no inline style or
// script and no eval, so htmx must not add its indicator <style> element or evaluate code.
htmx.config.includeIndicatorStyles = false;
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;

// On a phone the filters fold behind "Filters (n)" so the results come first; beside the results on a wide screen
// they are unfolded (the same width as the stylesheet's two columns).
(function () {
  var wide = window.matchMedia('(min-width: 60rem)');
  function unfold() {
    var panel = document.querySelector('.filter-panel');
    if (panel && wide.matches) {
      panel.open = true;
    }
  }
  unfold();
  wide.addEventListener('change', unfold);
})();

// Typing and then pressing "Show roles" starts two requests a moment apart. Replacing the first would abort it, and
// htmx reports every aborted request as a console error, so the form queues the last one instead ("queue last").
// An answer to a filter the form no longer shows is then not swapped in: the results never show an earlier query,
// and the request queued behind it brings the current one.
document.addEventListener('htmx:beforeSwap', function (event) {
  var form = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (!form || form.id !== 'role-filter') {
    return;
  }
  var asked = new URL(event.detail.pathInfo.finalRequestPath, window.location.href).searchParams;
  var shown = new URLSearchParams(new FormData(form));
  if (canonical(asked) !== canonical(shown)) {
    event.detail.shouldSwap = false;
  }
});

function canonical(parameters) {
  return Array.from(parameters.entries())
    .filter(function (entry) { return entry[1] !== ''; })
    .map(function (entry) { return entry[0] + '=' + entry[1]; })
    .sort()
    .join('&');
}
