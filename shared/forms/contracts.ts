import { type z } from "zod";
import { rowNo } from "./common-columns";
import { defineForm, rowSchema } from "./form";

export const contracts = defineForm({
  id: "Contracts",
  layout: "rows",
  capacity: 1000,
  sheet: { kk: "Шарттар", ru: "Договоры", en: "Contracts" },
  title: {
    kk: "Жеке және заңды тұлғалармен жасалған шарттар",
    ru: "Договоры с физическими и юридическими лицами",
    en: "Contracts with individuals and legal entities",
  },
  columns: [
    rowNo,
    {
      key: "contract_no",
      type: "text",
      required: true,
      labels: { kk: "Шарт нөмірі", ru: "Номер договора", en: "Contract no." },
    },
    {
      key: "contract_date",
      type: "date",
      required: true,
      labels: { kk: "Шарт күні", ru: "Дата договора", en: "Contract date" },
      hint: {
        kk: "Талданатын кезең ішінде болуы тиіс.",
        ru: "Должна входить в анализируемый период.",
        en: "Should fall within the period analysed.",
      },
    },
    {
      key: "counterparty",
      type: "text",
      required: true,
      labels: { kk: "Өнім беруші (контрагент)", ru: "Контрагент", en: "Counterparty" },
      width: 30,
      wrap: true,
    },
    {
      key: "counterparty_bin",
      type: "binOrIin",
      required: true,
      labels: { kk: "Контрагенттің БСН/ЖСН", ru: "БИН/ИИН контрагента", en: "Counterparty BIN/IIN" },
      width: 16,
    },
    {
      key: "subject",
      type: "text",
      required: true,
      labels: { kk: "Шарттың мәні", ru: "Предмет договора", en: "Subject" },
      width: 34,
      wrap: true,
    },
    {
      key: "method",
      type: "list",
      list: "procurementMethod",
      required: true,
      labels: { kk: "Сатып алу тәсілі", ru: "Способ закупки", en: "Procurement method" },
      width: 22,
    },
    {
      key: "amount",
      type: "amount",
      decimals: 2,
      min: 0,
      required: true,
      labels: { kk: "Сомасы, теңге", ru: "Сумма, тенге", en: "Amount, tenge" },
      width: 16,
    },
    {
      key: "funding",
      type: "list",
      list: "funding",
      labels: { kk: "Қаржыландыру көзі", ru: "Источник финансирования", en: "Funding" },
      width: 20,
    },
    {
      key: "notes",
      type: "text",
      labels: { kk: "Ескертпе", ru: "Примечание", en: "Notes" },
      hint: {
        kk: "Қажет болса, қосымша мәлімет.",
        ru: "Дополнительные сведения, если нужны.",
        en: "Anything else worth noting.",
      },
      width: 30,
      wrap: true,
    },
  ],
});

export const ContractsRow = rowSchema(contracts.columns);
export type ContractsRow = z.infer<typeof ContractsRow>;
