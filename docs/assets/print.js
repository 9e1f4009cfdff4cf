// Print buttons on stretch and guide pages. "large" prints the card in large type (18 pt and up).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-ca-print]");
  if (!button) return;
  const large = button.dataset.caPrint === "large";
  document.documentElement.classList.toggle("ca-large-print", large);
  window.print();
});
window.addEventListener("afterprint", () => document.documentElement.classList.remove("ca-large-print"));
