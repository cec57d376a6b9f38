/* global document, navigator */
// Runs before the bundle, as ES5 without modules. Office 2016 and 2019 without WebView2 show add-ins in
// Internet Explorer 11 or the old Edge (EdgeHTML), where React 18 and Fluent UI v9 cannot run: there the page
// shows its message in kk, ru and en, and the bundle finds no root to render into, instead of a blank pane.
(function () {
  function isLegacyWebView(userAgent) {
    return /Trident\/|MSIE /.test(userAgent) || /\bEdge\/\d/.test(userAgent);
  }

  // Tests load this file as a module to check the detection.
  if (typeof module === "object" && module.exports) {
    module.exports = { isLegacyWebView: isLegacyWebView };
    return;
  }
  if (!isLegacyWebView(navigator.userAgent)) return;
  var root = document.getElementById("root");
  if (root) root.parentNode.removeChild(root);
  document.getElementById("legacy").removeAttribute("hidden");
})();
