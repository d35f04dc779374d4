/** A form-level problem (translated), announced when it appears. */
export function FormAlert({
  message,
  testId,
}: {
  readonly message: string | null;
  readonly testId?: string;
}) {
  if (message === null) return null;
  return (
    <p role="alert" className="form-alert" data-testid={testId}>
      {message}
    </p>
  );
}
