// Lets a section send the user to another (the first-run invitation opens "Tạo bảng").
import { createContext } from "react";

export const GoToImport = createContext<(() => void) | null>(null);
