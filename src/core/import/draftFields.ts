// Puts a label's value, or a line below an empty label, into the draft's field.
import type { Draft } from "./draft";
import type { LabelField } from "./labels";

export function addToField(d: Draft, field: LabelField, value: string): void {
  if (value === "") return;
  switch (field) {
    case "title":
      d.title.push(value);
      break;
    case "lead":
      d.lead.push(value);
      break;
    case "partners":
      d.partners.push(value);
      break;
    case "leadAndPartners":
      // "Cơ quan chủ trì, phối hợp" without sub-labels: the first unit listed leads, the rest partner.
      if (d.lead.length === 0) d.lead.push(value);
      else d.partners.push(value);
      break;
    case "product":
      d.product.push(value);
      break;
    case "deadline":
      d.deadline.push(value);
      break;
    case "other":
      break;
  }
}

/** The draft already has a field besides its title. */
export function hasFields(d: Draft): boolean {
  return d.lead.length + d.partners.length + d.outsidePartners.length + d.deadline.length + d.product.length > 0;
}
