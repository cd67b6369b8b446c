import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@utrecht/component-library-css";
import "../../server/static/mienskip.css";
import "./app/admin.css";
import { App } from "./app/App";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
