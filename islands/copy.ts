/**
 * Copy buttons on code blocks (components/mdx/code-block.tsx). One listener for the whole
 * document, so blocks need no setup of their own.
 */
export function initCopyButtons(doc: Document = document) {
  for (const b of doc.querySelectorAll<HTMLButtonElement>("button[data-copy]")) b.disabled = false;
  doc.addEventListener("click", async (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-copy]");
    const pre = button?.parentElement?.querySelector("pre");
    const text = button?.querySelector("[data-copy-label]");
    if (!button || !pre || !text) return;
    try {
      await navigator.clipboard.writeText(pre.innerText);
    } catch {
      return; // No clipboard permission: the label keeps saying "Copy", nothing claims success.
    }
    text.textContent = button.dataset.copied ?? "";
    setTimeout(() => {
      text.textContent = button.dataset.copy ?? "";
    }, 1500);
  });
}
