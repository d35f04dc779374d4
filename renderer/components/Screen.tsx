import type { ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title';
import './screen.css';

export interface ScreenProps {
  /** Translated; the screen's one h1 and the start of the window title. */
  readonly title: string;
  /** Translated: one or two sentences saying what the screen is for. */
  readonly description: string;
  readonly children?: ReactNode;
}

/** The common top of every screen. The heading takes focus after navigation (tabIndex -1). */
export function Screen({ title, description, children }: ScreenProps) {
  useDocumentTitle(title);
  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 className="screen__title" tabIndex={-1}>
          {title}
        </h1>
        <p className="screen__description">{description}</p>
      </div>
      {children}
    </div>
  );
}
