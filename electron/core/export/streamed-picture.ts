/**
 * A picture on a sheet of ExcelJS's streaming WorkbookWriter, which (in 4.x) only knows background images:
 * adds the PNG as workbook media and writes the drawing part, its relationships, the sheet's <drawing>
 * element and the drawing's content type — the same parts ExcelJS's in-memory writer makes.
 * Call it before the sheet is committed; one picture per workbook.
 */
import type ExcelJS from 'exceljs';

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const EMU_PER_PIXEL = 9525;

/** The writer internals this relies on (ExcelJS 4.4 lib/stream/xlsx). */
interface WorkbookInternals {
  zip: { append(source: string | Buffer, data: { name: string }): unknown };
  addImage(image: { buffer: Buffer; extension: 'png' }): number;
  getImage(id: number): { name: string };
}
interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _write(text: string): void;
  _writeLegacyData(): void;
}

export interface PictureAnchor {
  /** 0-based column and row of the top left corner */
  col: number;
  row: number;
  width: number;
  height: number;
}

function drawingXml(anchor: PictureAnchor, name: string): string {
  const cx = anchor.width * EMU_PER_PIXEL, cy = anchor.height * EMU_PER_PIXEL;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${name}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
    '<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  );
}

export function addStreamedPicture(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
  png: Buffer,
  anchor: PictureAnchor,
  name = 'Chart',
) {
  const wb = workbook as unknown as WorkbookInternals;
  const ws = sheet as unknown as SheetInternals;
  const media = wb.getImage(wb.addImage({ buffer: png, extension: 'png' })).name;
  wb.zip.append(drawingXml(anchor, name), { name: 'xl/drawings/drawing1.xml' });
  wb.zip.append(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${IMAGE_REL}" Target="../media/${media}"/></Relationships>`,
    { name: 'xl/drawings/_rels/drawing1.xml.rels' },
  );
  // the sheet's <drawing> goes where ExcelJS writes its legacy drawing (after page setup, before </worksheet>)
  const writeLegacyData = ws._writeLegacyData.bind(ws);
  ws._writeLegacyData = () => {
    const rId = ws._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: '../drawings/drawing1.xml' });
    ws._write(`<drawing r:id="${rId}"/>`);
    writeLegacyData();
  };
  // and [Content_Types].xml declares the drawing part
  const append = wb.zip.append.bind(wb.zip);
  wb.zip.append = (source, data) => {
    if (data.name === '[Content_Types].xml' && typeof source === 'string') {
      source = source.replace('</Types>', `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/></Types>`);
    }
    return append(source, data);
  };
}
