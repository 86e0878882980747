/* eslint-disable */
// Inlined into every page before its bundle, as written: ES5, no modules, so that Internet Explorer
// (Trident) and old Edge (EdgeHTML), the webviews of Excel 2016 / 2019, can parse it. When the page's
// bundle cannot start there (it is ES2020), this says so in Vietnamese instead of leaving the pane blank.
// webpack.config.js puts the text (src/core/strings/pane.ts) in window.TDNV_OLD_HOST before it.
(function () {
  var text = window.TDNV_OLD_HOST;
  var page = document.documentElement.getAttribute("data-page") || "taskpane";

  function oldEngine() {
    return !!document.documentMode || /\bEdge\/\d/.test(navigator.userAgent);
  }

  function element(tag, content, style) {
    var node = document.createElement(tag);
    if (content) node.appendChild(document.createTextNode(content));
    if (style) node.style.cssText = style;
    return node;
  }

  function show() {
    if (window.TDNV_STARTED || document.getElementById("tdnv-old-host")) return;
    if (!document.body) return;
    var box = element("div", "", "font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;line-height:1.45;color:#242424;padding:16px;");
    box.id = "tdnv-old-host";
    box.setAttribute("role", "alert");
    box.appendChild(element("h1", text.title, "font-size:16px;font-weight:600;margin:0 0 8px;color:#8a3707;"));
    box.appendChild(element("p", text.body, "margin:0 0 8px;"));
    box.appendChild(element("p", text.workbook, "margin:0;"));
    var container = document.getElementById("container");
    if (container) {
      container.innerHTML = "";
      container.appendChild(box);
    } else {
      document.body.innerHTML = "";
      document.body.appendChild(box);
    }
  }

  // The ribbon's function file: hosts that call commands by global name (Excel 2016 / 2019) find these.
  // When the bundle started it has registered the real commands, and these hand over to them.
  function command(name) {
    return function (event) {
      var started = window.TDNV_COMMANDS && window.TDNV_COMMANDS[name];
      if (started) return started(event);
      var done = function () {
        if (event && event.completed) event.completed();
      };
      try {
        var base = location.href.replace(/[^\/]*$/, "");
        var url =
          base + "notice.html?kind=error&title=" + encodeURIComponent(text.title) + "&text=" + encodeURIComponent(text.body + " " + text.workbook);
        Office.context.ui.displayDialogAsync(url, { height: 40, width: 40, displayInIframe: true }, function (opened) {
          if (opened.status !== "succeeded") return done();
          opened.value.addEventHandler("dialogMessageReceived", function () {
            opened.value.close();
            done();
          });
          opened.value.addEventHandler("dialogEventReceived", done);
        });
      } catch (e) {
        done();
      }
    };
  }

  window.TDNV_SHOW_OLD_HOST = show;
  if (page === "commands") {
    window.runCheck = command("runCheck");
    window.refreshSummary = command("refreshSummary");
    return;
  }
  if (page === "notice") {
    // The notice dialog, filled from its query string when its bundle cannot run.
    window.addEventListener("load", function () {
      if (window.TDNV_STARTED) return;
      var query = {};
      var parts = location.search.replace(/^\?/, "").split("&");
      for (var i = 0; i < parts.length; i++) {
        var pair = parts[i].split("=");
        if (pair[0]) query[decodeURIComponent(pair[0])] = decodeURIComponent((pair[1] || "").replace(/\+/g, " "));
      }
      document.getElementById("title").appendChild(document.createTextNode(query.title || ""));
      document.getElementById("text").appendChild(document.createTextNode(query.text || ""));
      var close = document.getElementById("close");
      close.appendChild(document.createTextNode(text.close));
      close.onclick = function () {
        Office.context.ui.messageParent("close");
      };
    });
    return;
  }

  // A bundle that cannot be parsed or run reports here before it could mark the page as started.
  var previous = window.onerror;
  window.onerror = function () {
    if (!window.TDNV_STARTED) setTimeout(show, 0);
    return previous ? previous.apply(this, arguments) : false;
  };
  if (oldEngine()) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  }
  window.addEventListener("load", function () {
    setTimeout(function () {
      if (!window.TDNV_STARTED) show();
    }, 0);
  });
})();
