// htmx settings for the roles page. The site's Content Security Policy allows no inline style or
// script and no eval, so htmx must not add its indicator <style> element or evaluate code.
htmx.config.includeIndicatorStyles = false;
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;
