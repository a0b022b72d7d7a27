// The query page: send the SPARQL to /sparql, show the answer as a table.
"use strict";

const examples = JSON.parse(document.getElementById("examples-data").textContent);
const config = JSON.parse(document.getElementById("page-config").textContent);
const queryBox = document.getElementById("query");
const statusLine = document.getElementById("status");
const errorBox = document.getElementById("error");
const results = document.getElementById("results");

// The API page of a kg IRI (an actor, an event, a document), or null for any other IRI.
// config.links maps the IRI's kind to a page template: {local} is "country/UKR", {rest} "UKR".
function apiLink(iri) {
  if (!iri.startsWith(config.idPrefix)) return null;
  const local = iri.slice(config.idPrefix.length);
  const [kind, ...rest] = local.split("/");
  const template = config.links[kind];
  return template ? template.replace("{local}", local).replace("{rest}", rest.join("/")) : null;
}

function cell(binding) {
  const td = document.createElement("td");
  if (!binding) return td;
  const href = binding.type === "uri" ? apiLink(binding.value) : null;
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = binding.value.slice(config.idPrefix.length);
    td.appendChild(a);
  } else {
    td.textContent = binding.value;
  }
  return td;
}

function showTable(data) {
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  const names = data.head.vars || [];
  if ("boolean" in data) {
    head.appendChild(document.createElement("th")).textContent = "answer";
    table.createTBody().insertRow().appendChild(cell({ type: "literal", value: String(data.boolean) }));
  } else {
    names.forEach((name) => { head.appendChild(document.createElement("th")).textContent = name; });
    const body = table.createTBody();
    data.results.bindings.forEach((row) => {
      const tr = body.insertRow();
      names.forEach((name) => tr.appendChild(cell(row[name])));
    });
  }
  results.replaceChildren(table);
  const rows = "boolean" in data ? 1 : data.results.bindings.length;
  statusLine.textContent = `${rows} row${rows === 1 ? "" : "s"}`;
}

async function run() {
  errorBox.hidden = true;
  statusLine.textContent = "running…";
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json, text/turtle;q=0.9" },
      body: queryBox.value,
    });
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      const problem = type.includes("json") ? (await response.json()).message : await response.text();
      throw new Error(problem);
    }
    if (type.includes("json")) {
      showTable(await response.json());
    } else {
      const pre = document.createElement("pre");
      pre.textContent = await response.text();
      results.replaceChildren(pre);
      statusLine.textContent = "graph";
    }
  } catch (err) {
    results.replaceChildren();
    statusLine.textContent = "";
    errorBox.textContent = err.message;
    errorBox.hidden = false;
  }
}

document.getElementById("query-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
queryBox.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
});
document.querySelectorAll("button.example").forEach((button) => {
  button.addEventListener("click", () => { queryBox.value = examples[button.dataset.name]; run(); });
});
