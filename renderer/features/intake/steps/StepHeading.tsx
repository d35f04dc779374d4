import { useEffect, useRef } from 'react';

/** The step's heading; it takes focus when the step appears, so a screen reader announces it. */
export function StepHeading({ children }: { readonly children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 ref={heading} tabIndex={-1} className="intake-step__title">
      {children}
    </h2>
  );
}
