/** Primary sources the registry cites. One place so every page links the same anchors. */
export const spec = {
  rfcCodes: { label: "RFC 6455 §7.4.1", url: "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1" },
  rfcRanges: { label: "RFC 6455 §7.4.2", url: "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2" },
  rfcCloseCode: { label: "RFC 6455 §7.1.5", url: "https://www.rfc-editor.org/rfc/rfc6455#section-7.1.5" },
  rfcFail: { label: "RFC 6455 §7.1.7", url: "https://www.rfc-editor.org/rfc/rfc6455#section-7.1.7" },
  iana: {
    label: "IANA WebSocket Close Code Number Registry",
    url: "https://www.iana.org/assignments/websocket/websocket.xml#close-code-number",
  },
  whatwgClose: {
    label: "WHATWG WebSockets: close()",
    url: "https://websockets.spec.whatwg.org/#dom-websocket-close",
  },
  whatwgFeedback: {
    label: "WHATWG WebSockets: feedback from the protocol",
    url: "https://websockets.spec.whatwg.org/#feedback-from-the-protocol",
  },
  hybi1012: {
    label: "HyBi list: 1012/1013 registration",
    url: "https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM",
  },
  hybi1014: {
    label: "HyBi list: 1014 registration",
    url: "https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY",
  },
} as const;
