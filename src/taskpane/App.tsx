import {
  AriaLiveAnnouncer,
  Button,
  Dropdown,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
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
import { useLayout } from "./components/layout";
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { WorkbookPort } from "../workbook/workbookPort";
import { PaneMemoryProvider } from "./paneState";
import { loadSteps, useStep } from "./steps/lazySteps";
import { PrepareStep } from "./steps/PrepareStep";
import { Step, STEPS, stepNumber } from "./steps/stepNames";
import { Lang, STRINGS } from "./strings";

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    // Reflows down to 160 CSS px (320 px at 200 % zoom): nothing here keeps a minimum width.
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  tabs: { flexWrap: "wrap", minWidth: 0 },
  tab: { whiteSpace: "normal", textAlign: "start", maxWidth: "100%" },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

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
  const l = useLayout();
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>("vi");
  const [step, setStep] = React.useState<Step>("prepare");
  const [edits, setEdits] = React.useState(0);
  // The register edition for pasted tables: each table's own unless the user chose one.
  const [edition, setEdition] = React.useState<string>("");
  // Step 1 is on screen: the other steps load meanwhile.
  React.useEffect(() => void loadSteps(), []);
  const Current = useStep(step === "prepare" ? "paste" : step);
  // Screen readers and the browser's own words (spelling, hyphenation) follow the pane's language.
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
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
  // Going to a step from a result's "next" button moves the focus to that step's heading.
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = React.useState(0);
  const go = (s: Step) => {
    setStep(s);
    setMoved((k) => k + 1);
  };
  React.useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved, Current]);
  const props = {
    port,
    register,
    t,
    lang,
    edits,
    go,
    ...(edition ? { edition } : {}),
  };
  const editions = register.editions?.all ?? [register];
  return (
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>
        <PaneMemoryProvider>
          <main className={styles.page}>
            <header className={styles.header}>
              <Text as="h1" size={500} weight="semibold">
                {t.title}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                onClick={switchLang}
                lang={lang === "vi" ? "en" : "vi"}
              >
                {t.language}
              </Button>
            </header>
            <Field label={t.edition} size="small">
              <Dropdown
                size="small"
                className={l.fit}
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
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t.outsideExcel}</MessageBarBody>
              </MessageBar>
            )}
            {t.sheetNamesStay && <Text size={200}>{t.sheetNamesStay}</Text>}
            <TabList
              selectedValue={step}
              onTabSelect={(_, d) => setStep(d.value as Step)}
              vertical={false}
              size="small"
              className={styles.tabs}
            >
              {STEPS.map((s) => (
                <Tab
                  key={s}
                  value={s}
                  id={`tab-${s}`}
                  aria-controls={`panel-${s}`}
                  className={styles.tab}
                >
                  {stepNumber(s)}. {t.steps[s]}
                </Tab>
              ))}
            </TabList>
            <div
              role="tabpanel"
              id={`panel-${step}`}
              aria-labelledby={`tab-${step}`}
              className={styles.step}
            >
              <h2 ref={heading} tabIndex={-1} className={styles.heading}>
                {t.stepHeading(stepNumber(step), t.steps[step])}
              </h2>
              {step === "prepare" ? (
                <PrepareStep {...props} />
              ) : Current ? (
                <Current {...props} />
              ) : (
                <Spinner size="tiny" label={t.busy} />
              )}
            </div>
            <Text size={200}>{t.private}</Text>
          </main>
        </PaneMemoryProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
