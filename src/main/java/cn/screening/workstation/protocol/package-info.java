/**
 * The sync wire format shared by the client and the reference provincial server: Jackson records,
 * no behaviour. Documented in docs/sync-protocol.md. Version 1 lives under /api/v1/.
 */
package cn.screening.workstation.protocol;
