/* main.c: the entry point of Praktikaftale
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ui/pa-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PaApplication) app = NULL;
  const char *localedir = g_getenv ("PRAKTIKAFTALE_LOCALEDIR");

  /* PRAKTIKAFTALE_LOCALEDIR lets the build tree's catalogues be used
   * before installing. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pa_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
