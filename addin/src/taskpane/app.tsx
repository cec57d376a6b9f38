import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { type Lang, t } from "../../../shared/i18n";
import { TAB_NEEDS } from "../port/requirements";
import { AboutPanel } from "./about-panel";
import { LangProvider } from "./lang-context";
import { LanguagePicker } from "./language-picker";
import { rememberedLang, rememberLang } from "./pane-lang";
import type { PaneServices } from "./pane-services";
import { RequirementGuard } from "./requirement-guard";
import { StartTab } from "./start/start-tab";
import { ValidateTab } from "./validate/validate-tab";

// Fill's forms and the department's Consolidate are not needed for the first paint (Start is shown first):
// each comes in its own chunk.
const FillTab = lazy(() =>
  import(/* webpackChunkName: "fill" */ "./fill/fill-tab").then((m) => ({ default: m.FillTab })),
);
const ConsolidateTab = lazy(() =>
  import(/* webpackChunkName: "consolidate-tab" */ "./consolidate/consolidate-tab").then((m) => ({
    default: m.ConsolidateTab,
  })),
);

const TABS = ["start", "fill", "validate", "consolidate"] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  pane: { minHeight: "100vh", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // Excel's pane is 350 px wide by default: the tabs wrap rather than run past its edge.
  tabs: { flexWrap: "wrap", minWidth: 0 },
  panel: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`, minWidth: 0 },
});

/**
 * A native select is as wide as its longest option, and a file input as its button and name: held within
 * the pane, a long choice is cut with an ellipsis in the box and read in full in the open list.
 */
const usePaneWidth = makeStaticStyles({
  ".fui-Field, .fui-Select": { minWidth: 0, maxWidth: "100%" },
  ".fui-Select__select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  "input[type=file]": { maxWidth: "100%" },
});

export interface AppProps {
  readonly services: PaneServices;
  readonly lang: Lang;
  readonly dark: boolean;
  /** The workbench's own bar, above the tabs; none in Excel. */
  readonly workbench?: ReactNode;
}

/**
 * The task pane: four tabs kept in state (Office.js nulls `history.pushState`, so no router). Every panel
 * stays mounted while hidden, so nothing typed is lost when the user looks at another tab.
 */
export function App({ services, lang: initialLang, dark, workbench }: AppProps) {
  const styles = useStyles();
  usePaneWidth();
  const [lang, setLang] = useState(() => rememberedLang(initialLang));
  const chooseLang = (chosen: Lang) => {
    rememberLang(chosen);
    setLang(chosen);
  };
  const [tab, setTab] = useState<TabId>("start");
  const panel = (id: TabId, content: ReactNode) => (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} className={styles.panel}>
      {content}
    </div>
  );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang} className={styles.pane}>
      <LangProvider value={lang}>
        <div className={styles.header}>
          {workbench}
          <LanguagePicker value={lang} onChange={chooseLang} />
        </div>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          aria-label={t(lang, "pane.tabs")}
        >
          {TABS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {t(lang, `pane.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        {panel("start", <StartTab services={services} active={tab === "start"} />)}
        {panel(
          "fill",
          <RequirementGuard host={services.host} tab="fill" version={TAB_NEEDS.fill}>
            <Suspense fallback={<Spinner size="small" />}>
              <FillTab services={services} active={tab === "fill"} />
            </Suspense>
          </RequirementGuard>,
        )}
        {panel(
          "validate",
          <RequirementGuard host={services.host} tab="validate" version={TAB_NEEDS.validate}>
            <ValidateTab port={services.port} />
          </RequirementGuard>,
        )}
        {panel(
          "consolidate",
          <Suspense fallback={<Spinner size="small" />}>
            <ConsolidateTab services={services} />
          </Suspense>,
        )}
        <AboutPanel host={services.host} />
      </LangProvider>
    </FluentProvider>
  );
}
