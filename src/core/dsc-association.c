/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-association.h"

#define TEXT(s, n, lbl) \
  { .name = #n, .column = #n, .type = DSC_FIELD_TEXT, .offset = G_STRUCT_OFFSET (s, n), .label = lbl }
#define CHECKED(s, n, chk, lbl) \
  { .name = #n, .column = #n, .type = DSC_FIELD_TEXT, .offset = G_STRUCT_OFFSET (s, n), \
    .check = chk, .label = lbl }
#define DATE(s, n, lbl) \
  { .name = #n, .column = #n, .type = DSC_FIELD_DATE, .offset = G_STRUCT_OFFSET (s, n), .label = lbl }
#define COUNT(s, n, lbl) \
  { .name = #n, .column = #n, .type = DSC_FIELD_INT, .offset = G_STRUCT_OFFSET (s, n), .label = lbl }
#define CHOICE(s, n, e, lbl) \
  { .name = #n, .column = #n, .type = DSC_FIELD_ENUM, .offset = G_STRUCT_OFFSET (s, n), \
    .enumeration = &e, .label = lbl }

static const DscField association_fields[] = {
  { .name = "name", .column = "name", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscAssociation, name), .label = NC_("field", "Name") },
  TEXT (DscAssociation, acronym, NC_("field", "Acronym")),
  CHOICE (DscAssociation, legal_form, dsc_enum_legal_form, NC_("field", "Legal form")),
  CHOICE (DscAssociation, runts_section, dsc_enum_runts_section, NC_("field", "RUNTS section")),
  TEXT (DscAssociation, runts_number, NC_("field", "RUNTS number")),
  CHECKED (DscAssociation, fiscal_code, dsc_validate_fiscal_code, NC_("field", "Fiscal code")),
  COUNT (DscAssociation, founded_year, NC_("field", "Year founded")),
  CHOICE (DscAssociation, province, dsc_enum_province, NC_("field", "Province")),
  TEXT (DscAssociation, municipality, NC_("field", "Municipality")),
  TEXT (DscAssociation, address, NC_("field", "Address")),
  CHECKED (DscAssociation, postcode, dsc_validate_postcode, NC_("field", "Postcode")),
  CHECKED (DscAssociation, email, dsc_validate_email, NC_("field", "E-mail")),
  CHECKED (DscAssociation, pec, dsc_validate_email, NC_("field", "Certified e-mail (PEC)")),
  CHECKED (DscAssociation, phone, dsc_validate_phone, NC_("field", "Phone")),
  CHECKED (DscAssociation, website, dsc_validate_url, NC_("field", "Website")),
  TEXT (DscAssociation, communities, NC_("field", "Communities and countries of origin")),
  TEXT (DscAssociation, languages, NC_("field", "Languages")),
  COUNT (DscAssociation, members, NC_("field", "Members")),
  COUNT (DscAssociation, volunteers, NC_("field", "Volunteers")),
  { .name = "areas", .column = "areas", .type = DSC_FIELD_FLAGS, .enumeration = &dsc_enum_area,
    .offset = G_STRUCT_OFFSET (DscAssociation, areas), .label = NC_("field", "Areas of activity") },
  TEXT (DscAssociation, volunteer_centre, NC_("field", "Volunteer service centre")),
  { .name = "status", .column = "status", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_status, .offset = G_STRUCT_OFFSET (DscAssociation, status),
    .label = NC_("field", "Status") },
  TEXT (DscAssociation, description, NC_("field", "Description")),
  TEXT (DscAssociation, notes, NC_("field", "Notes")),
};

static void
association_init (gpointer record)
{
  DscAssociation *association = record;

  association->status = DSC_STATUS_ACTIVE;
}

const DscKind dsc_kind_association = {
  .name = "association",
  .table = "association",
  .size = sizeof (DscAssociation),
  .fields = association_fields,
  .n_fields = G_N_ELEMENTS (association_fields),
  .sort_field = "name",
  .init = association_init,
};

static const DscField person_fields[] = {
  { .name = "association", .column = "association_id", .type = DSC_FIELD_REF,
    .ref_table = "association", .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscPerson, association_id), .label = NC_("field", "Association") },
  { .name = "full_name", .column = "full_name", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscPerson, full_name), .label = NC_("field", "Full name") },
  CHOICE (DscPerson, role, dsc_enum_role, NC_("field", "Role")),
  CHECKED (DscPerson, email, dsc_validate_email, NC_("field", "E-mail")),
  CHECKED (DscPerson, phone, dsc_validate_phone, NC_("field", "Phone")),
  DATE (DscPerson, consent_date, NC_("field", "Consent given on")),
  TEXT (DscPerson, consent_scope, NC_("field", "Consent covers")),
  TEXT (DscPerson, notes, NC_("field", "Notes")),
};

const DscKind dsc_kind_person = {
  .name = "person",
  .table = "person",
  .size = sizeof (DscPerson),
  .fields = person_fields,
  .n_fields = G_N_ELEMENTS (person_fields),
  .sort_field = "full_name",
};

DscAssociation *
dsc_association_new (void)
{
  return dsc_record_new (&dsc_kind_association);
}

void
dsc_association_free (DscAssociation *association)
{
  dsc_record_free (association);
}

DscPerson *
dsc_person_new (void)
{
  return dsc_record_new (&dsc_kind_person);
}

void
dsc_person_free (DscPerson *person)
{
  dsc_record_free (person);
}
