// perfxl web page: plain JavaScript, no build step, no network beyond this server.
"use strict";

const SEVERITY = { error: "错误", warning: "警告", info: "提示" };
const NO_SHEET = "报告正文及其他";

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function show(node, visible) { node.hidden = !visible; }

function fmt(value) {
  if (value === null || value === undefined) return "（无）";
  if (typeof value === "number") return String(Math.round(value * 10000) / 10000);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const OFFLINE = "无法连接到 perfxl 服务，请确认命令行窗口中的 perfxl serve 仍在运行，然后刷新本页。";

// fetch, with a lost connection said in Chinese (the browser's own message is English)
async function request(url, options) {
  try {
    return await fetch(url, options);
  } catch (e) {
    throw new Error(OFFLINE);
  }
}

// Every failure is one Chinese sentence from the server, or one from here.
async function readAnswer(response) {
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    throw new Error((body && body.error) || `服务返回错误（${response.status}），请稍后重试。`);
  }
  return body;
}

function showError(box, err) {
  box.textContent = err && err.message ? err.message : String(err);
  show(box, true);
}

// -- tabs -------------------------------------------------------------------------------
function selectTab(tab) {
  for (const t of document.querySelectorAll("nav [role=tab]")) {
    const on = t === tab;
    t.setAttribute("aria-selected", on ? "true" : "false");
    show($(t.dataset.panel), on);
  }
}

// -- drag and drop ------------------------------------------------------------------------
function dropZone(zone, place) {
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    place(Array.from(e.dataTransfer.files));
  });
}

function setFiles(input, files) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  showChosen(input);
}

function showChosen(input) {
  const label = document.querySelector(`.chosen[data-for="${input.id}"]`);
  const names = Array.from(input.files).map((f) => f.name);
  if (label) label.textContent = !names.length ? "未选择" : names.length > 3 ? `已选择 ${names.length} 个文件` : names.join("、");
}

// -- findings -----------------------------------------------------------------------------
function sheetTable(table) {
  const head = el("tr", {}, el("th", {}, ""), table.columns.map((c) => el("th", {}, c)));
  const rows = table.rows.map((r) => el("tr", {}, el("th", {}, String(r.row)),
    r.cells.map((c) => el("td", { class: c.marked ? "marked" : null, title: c.ref }, c.text))));
  return el("div", { class: "scroll" },
    el("table", { class: "grid sheet" }, el("caption", {}, `工作表“${table.sheet}”中的相关行（标红为被指出的单元格）`),
      el("thead", {}, head), el("tbody", {}, rows)),
    table.more_rows > 0 ? el("p", { class: "hint" }, `另有 ${table.more_rows} 行未显示，请在工作簿中查看。`) : null);
}

function quote(parts) {
  return el("div", { class: "quote" }, "报告原文：", parts.map((p) => (p.mark ? el("mark", {}, p.text) : p.text)));
}

function findingCard(f, view, sheet) {
  const short = (c) => (c.startsWith(sheet + "!") ? c.slice(sheet.length + 1) : c);
  const details = [];
  if (f.cells.length) details.push(el("dt", {}, "单元格"), el("dd", {}, f.cells.map(short).join("、")));
  if (f.expected !== null && f.expected !== undefined) details.push(el("dt", {}, "应为"), el("dd", {}, fmt(f.expected)));
  if (f.actual !== null && f.actual !== undefined) details.push(el("dt", {}, "实为"), el("dd", {}, fmt(f.actual)));
  if (f.cause) details.push(el("dt", {}, "可能原因"), el("dd", {}, f.cause));
  return el("div", { class: `finding sev-${f.severity}` },
    el("div", { class: "head" }, el("span", { class: `badge ${f.severity}` }, SEVERITY[f.severity] || f.severity),
      f.message, el("span", { class: "rule" }, f.rule)),
    details.length ? el("dl", {}, details) : null,
    (view && view.sentences || []).map(quote),
    (view && view.tables || []).map(sheetTable));
}

// Findings grouped by sheet (in the workbook's order), most severe first, as the text report.
function renderFindings(container, findings, views, sheetOrder) {
  container.replaceChildren();
  if (!findings.length) {
    container.append(el("div", { class: "card" }, "未发现问题。"));
    return;
  }
  const rank = { error: 0, warning: 1, info: 2 };
  const groups = new Map();
  findings.forEach((f, i) => {
    const sheet = f.cells.length ? f.cells[0].split("!")[0] : NO_SHEET;
    if (!groups.has(sheet)) groups.set(sheet, []);
    groups.get(sheet).push(i);
  });
  // the workbook's sheet order when known, else the order findings name them; the report last
  const seen = Array.from(groups.keys());
  const order = (s) => {
    if (s === NO_SHEET) return 2e6;
    const i = (sheetOrder || []).indexOf(s);
    return i < 0 ? 1e6 + seen.indexOf(s) : i;
  };
  const sheets = [...seen].sort((a, b) => order(a) - order(b));
  for (const sheet of sheets) {
    const items = groups.get(sheet).sort((a, b) => rank[findings[a].severity] - rank[findings[b].severity] || a - b);
    container.append(el("div", { class: "sheet-group" }, el("h3", {}, `【${sheet}】`),
      items.map((i) => findingCard(findings[i], views ? views[i] : null, sheet))));
  }
}

// -- 检查 ---------------------------------------------------------------------------------
async function runCheck(event) {
  event.preventDefault();
  const error = $("check-error"), button = $("check-run");
  show(error, false);
  const book = $("check-workbook").files[0], report = $("check-narrative").files[0];
  const last = $("check-previous").files[0];
  if (!book && !report) { showError(error, new Error("请先选择要检查的工作簿（.xlsx）。")); return; }
  const data = new FormData();
  if (book) data.append("workbook", book);
  if (report) data.append("narrative", report);
  if (last) data.append("previous", last);
  button.disabled = true;
  show($("check-busy"), true);
  try {
    const answer = await readAnswer(await request("/ui/check", { method: "POST", body: data }));
    const r = answer.result;
    $("check-title").textContent = (r.unit || "（未识别单位名称）") + (r.year ? `（${r.year} 年度）` : "");
    $("check-summary").textContent = answer.summary_line;
    $("check-inputs").textContent = [r.inputs.workbook && `工作簿：${r.inputs.workbook}`,
      r.inputs.narrative && `报告：${r.inputs.narrative}`, r.inputs.previous && `上年：${r.inputs.previous}`].filter(Boolean).join("　");
    const xlsx = $("dl-xlsx");
    if (answer.downloads.xlsx) { xlsx.href = answer.downloads.xlsx; show(xlsx, true); } else show(xlsx, false);
    $("dl-json").href = answer.downloads.json;
    renderFindings($("check-findings"), r.findings, answer.views, answer.sheet_order);
    show($("check-result"), true);
  } catch (err) {
    show($("check-result"), false);
    showError(error, err);
  } finally {
    button.disabled = false;
    show($("check-busy"), false);
  }
}

// -- 批量 ---------------------------------------------------------------------------------
function upload(url, data, onProgress) {
  // XMLHttpRequest, not fetch: it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else reject(new Error((body && body.error) || `服务返回错误（${xhr.status}），请稍后重试。`));
    };
    xhr.onerror = () => reject(new Error(OFFLINE));
    xhr.send(data);
  });
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

function renderBatch(records, downloads) {
  const body = $("batch-table").querySelector("tbody");
  body.replaceChildren();
  const details = $("batch-details");
  details.replaceChildren();
  let errors = 0, broken = 0, unrecognised = 0;
  records.forEach((rec, i) => {
    const id = `sub-${i + 1}`;
    const unchecked = rec.status === "unusable" || rec.status === "unrecognised";
    const state = rec.status === "unusable" ? `无法读取：${rec.reason}`
      : rec.status === "unrecognised" ? `未识别：${rec.reason}` : (rec.reason || "已检查");
    errors += rec.errors || 0;
    broken += rec.status === "unusable" ? 1 : 0;
    unrecognised += rec.status === "unrecognised" ? 1 : 0;
    const name = rec.file.split("/").slice(1).join("/") || rec.file;
    body.append(el("tr", { class: unchecked || rec.errors ? "bad" : null },
      el("td", { class: "num" }, String(i + 1)),
      el("td", {}, el("a", { href: `#${id}` }, name)),
      el("td", {}, rec.unit || ""),
      el("td", { class: "num" }, rec.total_stated === null || rec.total_stated === undefined ? "" : fmt(rec.total_stated)),
      el("td", {}, rec.grade || ""),
      el("td", { class: "num" }, unchecked ? "" : String(rec.errors)),
      el("td", { class: "num" }, unchecked ? "" : String(rec.warnings)),
      el("td", { class: "num" }, unchecked ? "" : String(rec.infos)),
      el("td", {}, state)));
    const section = el("div", { class: "card", id }, el("h2", {}, `${i + 1}. ${name}`, rec.unit ? `（${rec.unit}）` : ""));
    if (unchecked) section.append(el("div", { class: "error" }, rec.reason));
    else {
      const box = el("div");
      renderFindings(box, rec.findings, null, []);
      section.append(box);
    }
    details.append(section);
  });
  $("batch-summary").textContent =
    `共检查 ${records.length} 份，其中 ${broken} 份无法读取，${unrecognised} 份未识别（不是绩效表格或缺少关键栏目）；错误共 ${errors} 项。`;
  $("dl-batch-xlsx").href = downloads.xlsx;
  $("dl-batch-json").href = downloads.json;
  show($("batch-result"), true);
}

async function runBatch(event) {
  event.preventDefault();
  const error = $("batch-error"), button = $("batch-run"), bar = $("batch-progress"), count = $("batch-count");
  show(error, false);
  show($("batch-result"), false);
  const files = Array.from($("batch-files").files);
  if (!files.length) { showError(error, new Error("请先选择工作簿或 .zip 压缩包。")); return; }
  const data = new FormData();
  for (const f of files) data.append("files", f);
  button.disabled = true;
  show($("batch-status"), true);
  bar.max = 1; bar.value = 0;
  count.textContent = "正在上传……";
  try {
    const job = await upload("/ui/batch", data, (done, total) => {
      count.textContent = `正在上传 ${Math.round(done * 100 / total)}%`;
    });
    bar.max = job.total;
    for (;;) {
      const status = await readAnswer(await request(`/ui/batch/${job.job}`));
      bar.value = status.done;
      count.textContent = `已检查 ${status.done} / ${status.total} 份`;
      if (status.state === "failed") throw new Error(status.error);
      if (status.state === "done") { renderBatch(status.records, status.downloads); break; }
      await sleep(300);
    }
  } catch (err) {
    showError(error, err);
  } finally {
    button.disabled = false;
  }
}

// -- 模板 ---------------------------------------------------------------------------------
async function downloadFrom(form, event) {
  event.preventDefault();
  const error = $("template-error");
  show(error, false);
  try {
    const response = await request(form.dataset.url || "/ui/template", { method: "POST", body: new FormData(form) });
    if (!response.ok) await readAnswer(response);
    const blob = await response.blob();
    const disposition = response.headers.get("content-disposition") || "";
    const m = disposition.match(/filename\*=UTF-8''([^;]+)/);
    const a = el("a", { href: URL.createObjectURL(blob), download: m ? decodeURIComponent(m[1]) : "模板.xlsx" });
    document.body.append(a);
    a.click();
    a.remove();
  } catch (err) {
    showError(error, err);
  }
}

// -- 规则 ---------------------------------------------------------------------------------
async function loadRules() {
  try {
    const rules = await readAnswer(await request("/api/rules"));
    $("rules-table").querySelector("tbody").replaceChildren(...rules.map((r) =>
      el("tr", {}, el("td", {}, r.id), el("td", {}, r.severity_name), el("td", {}, r.scope_name), el("td", {}, r.title))));
  } catch (err) { /* the list is a nicety; the API text above still stands */ }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll("nav [role=tab]")) tab.addEventListener("click", () => selectTab(tab));
  $("check-form").addEventListener("submit", runCheck);
  $("batch-form").addEventListener("submit", runBatch);
  $("template-form").addEventListener("submit", (e) => downloadFrom($("template-form"), e));
  $("nextyear-form").addEventListener("submit", (e) => downloadFrom($("nextyear-form"), e));
  $("draft-form").addEventListener("submit", (e) => downloadFrom($("draft-form"), e));
  $("template-year").value = new Date().getFullYear() - 1;
  dropZone($("drop-check"), (files) => {
    const book = files.find((f) => /\.xls[xm]$/i.test(f.name));
    const report = files.find((f) => /\.(docx|pdf|txt|doc|wps)$/i.test(f.name));
    if (book) setFiles($("check-workbook"), [book]);
    if (report) setFiles($("check-narrative"), [report]);
  });
  dropZone($("drop-batch"), (files) => setFiles($("batch-files"), files));
  for (const input of document.querySelectorAll("input[type=file]")) input.addEventListener("change", () => showChosen(input));
  loadRules();
});
