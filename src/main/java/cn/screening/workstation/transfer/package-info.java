/**
 * File formats for moving patient lists in and out of the workstation: reading the CSV or XLSX
 * lists counties receive, and writing CSV reports and exports. No database, UI or network here.
 */
package cn.screening.workstation.transfer;
