import { Button, FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { PastedTablePanel } from "./PastedTablePanel";
import { Lang, STRINGS } from "./strings";

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: "280px" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export function App({ register }: { register: AgencyRegister }) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>("vi");
  const t = STRINGS[lang];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} lang={lang}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.title}
          </Text>
          <Button size="small" appearance="subtle" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
            {t.language}
          </Button>
        </header>
        <PastedTablePanel register={register} lang={lang} />
        <Text size={200}>{t.private}</Text>
      </main>
    </FluentProvider>
  );
}
