/**
 * "Snel weg" (quick exit), as domestic-violence sites have it: the button is a plain link to a
 * neutral site (works without JavaScript); with JavaScript the page hides itself at once and
 * `location.replace` takes the place of this page in the history, so the Back button does not
 * return here. The Escape key does the same. Inline and allowed by its SHA-256 in the page's CSP
 * (./csp.ts), so it must stay a constant; the neutral address comes from the link itself.
 */
export const QUICK_EXIT_SCRIPT = `(function(){var a=document.querySelector("a[data-quick-exit]");if(!a)return;function leave(e){if(e)e.preventDefault();document.body.style.display="none";document.title="";window.location.replace(a.href)}a.addEventListener("click",leave);document.addEventListener("keydown",function(e){if(e.key==="Escape"||e.key==="Esc")leave(e)})})();`;

/** The neutral site "Snel weg" leaves for, unless KK_PUBLIC_EXIT_URL names another (https only). */
export const DEFAULT_EXIT_URL = "https://www.google.nl/";
