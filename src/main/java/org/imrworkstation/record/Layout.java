package org.imrworkstation.record;

/** The known families of IMR final determination letters. */
public enum Layout {
    /** 2013-14: "Notice of Independent Medical Review Determination", numbered requests. */
    NOTICE_2013,
    /** 2014-15: "HOW THE IMR FINAL DETERMINATION WAS MADE", "Flexeril 10mg #60: Upheld", "Page(s):". */
    FINAL_2014,
    /** 2016 on: header block (Case Number:, Date Assigned, ...), "Section(s):" citations. */
    HEADER_2016,
    /** None of the above: extracted anyway, with a warning. */
    UNKNOWN
}
