/** Saves `data` as a JSON file through a temporary object URL. */
export function downloadJson(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  // Revoking at once can cancel the download in some engines; a second later it has started.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
