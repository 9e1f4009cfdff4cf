// Print buttons on stretch and guide pages. "large" prints the card in large type (18 pt and up).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-ca-print]");
  if (!button) return;
  const large = button.dataset.caPrint === "large";
  document.documentElement.classList.toggle("ca-large-print", large);
  window.print();
});
window.addEventListener("afterprint", () => document.documentElement.classList.remove("ca-large-print"));

// The PDF downloads are printed by `make build` after the site is built, so a live preview
// (`make serve`) has none and its buttons would lead to a 404. Ask once; if the file is not
// there, hide the buttons and say where the PDFs come from.
async function explainMissingPdfs() {
  const links = [...document.querySelectorAll('a[download][href$=".pdf"]')];
  if (!links.length || location.protocol === "file:") return;
  try {
    if ((await fetch(links[0].href, { method: "HEAD" })).ok) return;
  } catch {
    return;
  }
  for (const holder of new Set(links.map((link) => link.parentElement))) {
    const note = document.createElement("span");
    note.className = "ca-pdf-missing";
    note.textContent = "No PDFs in this preview: make build prints them, make preview serves them.";
    holder.append(note);
  }
  links.forEach((link) => link.style.setProperty("display", "none"));
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", explainMissingPdfs);
} else {
  explainMissingPdfs();
}
