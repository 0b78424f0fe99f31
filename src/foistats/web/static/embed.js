// Tell the page that embeds this chart how tall it is, so its iframe can fit it:
// window.addEventListener("message", e => { if (e.data.foistatsHeight) frame.height = e.data.foistatsHeight; })
(function () {
  function tell() {
    if (window.parent !== window) {
      window.parent.postMessage({ foistatsHeight: document.documentElement.scrollHeight }, "*");
    }
  }
  window.addEventListener("load", tell);
  window.addEventListener("resize", tell);
})();
