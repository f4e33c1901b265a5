import { LateScript } from "@/components/site/late-script";
import { inlineJson } from "@/lib/serve/inline-json";
import { TESTER_PROPS_ID, TESTER_ROOT_ATTRIBUTE } from "./island-ids";
import { Tester, type TesterProps } from "./tester";

/**
 * The tester as the server sends it: its first render as HTML, the props that render came from,
 * and the script that brings it to life once the page has painted (islands/tester.ts). Until
 * then its controls are disabled (SessionView.ready), so nothing looks usable before it is.
 */
export function TesterIsland(props: TesterProps) {
  return (
    <>
      <div {...{ [TESTER_ROOT_ATTRIBUTE]: "" }}>
        <Tester {...props} />
      </div>
      <script
        type="application/json"
        id={TESTER_PROPS_ID}
        dangerouslySetInnerHTML={{ __html: inlineJson(props) }}
      />
      <LateScript src="/tester.js" />
    </>
  );
}
