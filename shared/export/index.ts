// Getting data out: the Cobro CSV of invoices and the JSON backup of the whole ledger.
export { ExportError, invoicesToCobroCsv } from './cobro-csv';
export { backupChecksum, createBackup, readBackup } from './backup';
export type { BackupCounts, BackupFile, BackupTables, BackupUpgrade, ReadBackupCode, ReadBackupResult } from './backup';
