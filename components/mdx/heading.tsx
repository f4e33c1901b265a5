import type { ComponentProps } from "react";

/** h2/h3 with a "#" link so a reader can copy a link to the section (ids come from rehype-slug). */
export function makeHeading(Tag: "h2" | "h3", copyLabel: string) {
  return function Heading({ id, children, ...rest }: ComponentProps<"h2">) {
    return (
      <Tag id={id} {...rest} className="group">
        {children}
        {id ? (
          <a
            href={`#${id}`}
            aria-label={copyLabel}
            className="ml-2 font-normal text-zinc-400 no-underline opacity-60 group-hover:opacity-100 focus:opacity-100"
          >
            #
          </a>
        ) : null}
      </Tag>
    );
  };
}
