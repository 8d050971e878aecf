/* Types of the linked resources that handlers read through `Resource` (sst generates this file on deploy). */
import 'sst';
declare module 'sst' {
  export interface Resource {
    Table: { name: string; type: 'sst.aws.Dynamo' };
    Articles: { url: string; type: 'sst.aws.Queue' };
    ArticlesDlq: { url: string; type: 'sst.aws.Queue' };
    App: { name: string; stage: string };
  }
}
export {};
