import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Teamwright", template: "%s · Teamwright" },
  description: "Plan the team an AI project needs: phases, roles, skills, salary bands and cost, every decision explained.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
