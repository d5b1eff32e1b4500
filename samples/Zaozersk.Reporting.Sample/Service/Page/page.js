"use strict";
// The page speaks Russian, and so do the service's answers to it (Accept-Language: ru).
(function () {
  const $ = (id) => document.getElementById(id);
  const json = $("json"), status = $("status"), viewer = $("viewer");
  const renderButtons = [$("pdf"), $("docx"), $("preview")];
  let previewUrl = null;
  let valid = false;

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || "";
  }

  // A POST in Russian. When the service cannot be reached the page says so in its own words (the
  // browser's reason is in the browser's language) and gives null.
  async function post(url, contentType, body) {
    try {
      return await fetch(url, { method: "POST", headers: { "Content-Type": contentType, "Accept-Language": "ru" }, body: body });
    } catch {
      say("Служба недоступна: проверьте, что она запущена, и повторите.", "error");
      return null;
    }
  }

  function enableRender(on) {
    valid = on;
    renderButtons.forEach((b) => { b.disabled = !on; });
  }

  function plural(n, one, few, many) {
    const d = n % 10, h = n % 100;
    if (d === 1 && h !== 11) return one;
    if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
    return many;
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      return { text: problem.detail || problem.title || ("ошибка " + response.status), diagnostics: problem.diagnostics || [] };
    } catch (e) {
      return { text: "служба ответила ошибкой " + response.status, diagnostics: [] };
    }
  }

  // Moves the cursor in the text to a diagnostic's line and column.
  function goTo(line, column) {
    const lines = json.value.split("\n");
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, column - 1);
    json.focus();
    json.setSelectionRange(offset, offset + 1);
    const lineHeight = parseFloat(getComputedStyle(json).lineHeight) || 16;
    json.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function list(target, diagnostics, linked) {
    target.textContent = "";
    for (const d of diagnostics) {
      const item = document.createElement("li");
      item.className = d.severity;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = (d.severity === "error" ? "Ошибка" : "Предупреждение") + " " + d.code;
      item.append(kind, " ");
      if (d.line) {
        const place = document.createElement(linked ? "button" : "span");
        place.className = "place";
        place.textContent = "строка " + d.line + ", позиция " + d.column;
        if (linked) {
          place.type = "button";
          place.title = "Перейти к этому месту в тексте";
          place.addEventListener("click", () => goTo(d.line, d.column));
        }
        item.append(place, " ");
      }
      const path = document.createElement("code");
      path.textContent = d.path;
      item.append(path, document.createElement("br"), d.message);
      target.append(item);
    }
  }

  async function check() {
    enableRender(false);
    clearPreview();
    if (!json.value.trim()) {
      say("Вставьте текст JSON или выберите файл.", "error");
      return;
    }
    say("Проверяю…");
    const response = await post("api/validate", "application/json", json.value);
    if (!response) {
      return;
    }
    if (!response.ok) {
      const problem = await problemText(response);
      say(problem.text, "error");
      return;
    }
    const reply = await response.json();
    $("checked").hidden = false;
    $("summary").textContent = (reply.document ? reply.document.description + ". " : "") +
      "Ошибок: " + reply.errors + ", предупреждений: " + reply.warnings + ".";
    list($("diagnostics"), reply.diagnostics, true);
    if (reply.valid) {
      say(reply.warnings > 0 ? "Документ можно оформить; предупреждения ниже." : "Документ можно оформить.", "ok");
      enableRender(true);
    } else {
      say("В документе " + reply.errors + " " + plural(reply.errors, "ошибка", "ошибки", "ошибок") + ": " +
        (reply.errors === 1 ? "исправьте ее" : "исправьте их") + ", и документ можно будет оформить.", "error");
    }
  }

  async function render(format) {
    say(format === "docx" ? "Готовлю DOCX…" : "Готовлю PDF…");
    const response = await post("api/render?format=" + format, "application/json", json.value);
    if (!response) {
      return null;
    }
    if (!response.ok) {
      const problem = await problemText(response);
      say(problem.text, "error");
      if (problem.diagnostics.length) {
        $("checked").hidden = false;
        list($("diagnostics"), problem.diagnostics, true);
      }
      return null;
    }
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename="?([^";]+)"?/.exec(disposition);
    return { blob: await response.blob(), name: match ? match[1] : "document." + format };
  }

  async function download(format) {
    const file = await render(format);
    if (!file) return;
    const url = URL.createObjectURL(file.blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = file.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say("Файл " + file.name + " сохранен.", "ok");
  }

  function clearPreview() {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = null;
    viewer.hidden = true;
    viewer.removeAttribute("src");
  }

  async function preview() {
    const file = await render("pdf");
    if (!file) return;
    clearPreview();
    previewUrl = URL.createObjectURL(new Blob([file.blob], { type: "application/pdf" }));
    viewer.src = previewUrl;
    viewer.hidden = false;
    say("Документ PDF показан ниже.", "ok");
  }

  async function importWord(file) {
    say("Разбираю документ Word…");
    $("imported").hidden = true;
    const response = await post("api/import", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file);
    if (!response) {
      return;
    }
    if (!response.ok) {
      const problem = await problemText(response);
      say(problem.text, "error");
      $("imported").hidden = false;
      $("imported-summary").textContent = "Из файла «" + file.name + "» ничего не удалось взять.";
      list($("imported-list"), problem.diagnostics, false);
      return;
    }
    const reply = await response.json();
    $("imported").hidden = false;
    $("imported-summary").textContent = "Из файла «" + file.name + "» взят " + reply.summary.description +
      ", подписей: " + reply.summary.signatories + "." +
      (reply.complete ? "" : " Перед оформлением заполните значения, отмеченные как ошибки.");
    list($("imported-list"), reply.diagnostics, false);
    json.value = JSON.stringify(reply.document, null, 2) + "\n";
    await check();
  }

  async function take(file) {
    if (!file) return;
    $("file-name").textContent = "Выбран файл «" + file.name + "».";
    clearPreview();
    enableRender(false);
    $("checked").hidden = true;
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const isZip = head[0] === 0x50 && head[1] === 0x4b;
    if (isZip || /\.docx$/i.test(file.name)) {
      await importWord(file);
    } else {
      $("imported").hidden = true;
      json.value = await file.text();
      await check();
    }
  }

  $("file").addEventListener("change", (e) => take(e.target.files[0]));
  const drop = $("drop");
  ["dragenter", "dragover"].forEach((name) => drop.addEventListener(name, (e) => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach((name) => drop.addEventListener(name, () => drop.classList.remove("over")));
  drop.addEventListener("drop", (e) => { e.preventDefault(); take(e.dataTransfer.files[0]); });
  $("check").addEventListener("click", () => { $("imported").hidden = true; check(); });
  $("clear").addEventListener("click", () => {
    json.value = "";
    $("file").value = "";
    $("file-name").textContent = "Файл не выбран — или перетащите его сюда.";
    $("checked").hidden = true;
    $("imported").hidden = true;
    clearPreview();
    enableRender(false);
    say("Документ еще не загружен.");
    json.focus();
  });
  json.addEventListener("input", () => { if (valid) { enableRender(false); say("Текст изменен: проверьте его снова."); } });
  $("pdf").addEventListener("click", () => download("pdf"));
  $("docx").addEventListener("click", () => download("docx"));
  $("preview").addEventListener("click", preview);
})();
