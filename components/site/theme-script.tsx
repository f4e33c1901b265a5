/**
 * Runs before first paint so the page never flashes the wrong theme (no layout or colour shift).
 * "theme" in localStorage is "light" or "dark" when the user chose one; absent means "system".
 */
const script = `(function(){try{var t=localStorage.getItem("theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);document.documentElement.dataset.theme=t||"system"}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
