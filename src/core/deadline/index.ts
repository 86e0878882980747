export { parseDeadline } from "./parseDeadline";
