import {
  Button,
  Dropdown,
  Field,
  FluentProvider,
  MessageBar,
  Option,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { WorkbookPort } from "../workbook/workbookPort";
import { loadSteps, useStep } from "./steps/lazySteps";
import { PrepareStep } from "./steps/PrepareStep";
import { Lang, STRINGS } from "./strings";

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

const STEPS = [
  "prepare",
  "paste",
  "check",
  "rank",
  "whatIf",
  "uncertainty",
  "compare",
] as const;
type Step = (typeof STEPS)[number];

/** The pane, in the order a user works. Components get the port; none of them touches Excel. */
export function App({
  port,
  register,
  insideExcel,
}: {
  port: WorkbookPort;
  register: AgencyRegister;
  insideExcel: boolean;
}) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>("vi");
  const [step, setStep] = React.useState<Step>("prepare");
  const [edits, setEdits] = React.useState(0);
  // The register edition for pasted tables: each table's own unless the user chose one.
  const [edition, setEdition] = React.useState<string>("");
  // Step 1 is on screen: the other steps load meanwhile.
  React.useEffect(() => void loadSteps(), []);
  const Step = useStep(step === "prepare" ? "paste" : step);
  // The language chosen last time in this workbook; a person's edits make results stale.
  React.useEffect(() => {
    void port.settings
      ?.get("lang")
      .then((l) => (l === "en" || l === "vi") && setLang(l))
      .catch(() => undefined); // no saved choice: Vietnamese
    void port.settings
      ?.get("edition")
      .then(
        (e) =>
          typeof e === "string" &&
          register.editions?.all.some((r) => r.edition === e) &&
          setEdition(e),
      )
      .catch(() => undefined); // no saved choice: each table's own edition
    let stop: (() => void) | undefined;
    let closed = false;
    void port
      .onChange?.(() => setEdits((n) => n + 1))
      .then((s) => (closed ? s() : (stop = s)))
      .catch(() => undefined); // without change events, results are simply never called stale
    return () => {
      closed = true;
      stop?.();
    };
  }, [port, register]);
  const switchLang = () => {
    const next = lang === "vi" ? "en" : "vi";
    setLang(next);
    void port.settings?.set("lang", next).catch(() => undefined);
  };
  const chooseEdition = (e: string) => {
    setEdition(e);
    void port.settings?.set("edition", e).catch(() => undefined);
  };
  const t = STRINGS[lang];
  const props = {
    port,
    register,
    t,
    lang,
    edits,
    ...(edition ? { edition } : {}),
  };
  const editions = register.editions?.all ?? [register];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} lang={lang}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.title}
          </Text>
          <Button size="small" appearance="subtle" onClick={switchLang}>
            {t.language}
          </Button>
        </header>
        <Field label={t.edition} size="small">
          <Dropdown
            size="small"
            style={{ minWidth: 0 }}
            value={edition ? t.editionOf(edition) : t.editionAuto}
            selectedOptions={[edition]}
            onOptionSelect={(_, d) => chooseEdition(d.optionValue ?? "")}
          >
            <Option value="">{t.editionAuto}</Option>
            {editions.map((r) => (
              <Option key={r.edition} value={r.edition}>
                {t.editionOf(r.edition)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {!insideExcel && (
          <MessageBar intent="info">{t.outsideExcel}</MessageBar>
        )}
        <TabList
          selectedValue={step}
          onTabSelect={(_, d) => setStep(d.value as Step)}
          vertical={false}
          size="small"
          style={{ flexWrap: "wrap" }}
        >
          {STEPS.map((s, i) => (
            <Tab key={s} value={s}>
              {i + 1}. {t.steps[s]}
            </Tab>
          ))}
        </TabList>
        <div className={styles.step}>
          {step === "prepare" ? (
            <PrepareStep {...props} />
          ) : Step ? (
            <Step {...props} />
          ) : (
            <Spinner size="tiny" label={t.busy} />
          )}
        </div>
        <Text size={200}>{t.private}</Text>
      </main>
    </FluentProvider>
  );
}
