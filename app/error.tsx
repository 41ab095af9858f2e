"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="narrow">
      <h1>Something went wrong</h1>
      <p role="alert">We could not load this page. If the database was briefly unavailable, trying again usually works.</p>
      <button type="button" className="button primary" onClick={() => reset()}>
        Try again
      </button>
    </main>
  );
}
