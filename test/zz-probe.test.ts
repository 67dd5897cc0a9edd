import {test} from 'vitest';
import { classifyText, placeholderReason, idReason } from '../src/util/text-classes.js';
test('p',()=>{
for (const v of ['n. a.','N / A','N.A','n-a','tbd?','T.B.A.','<TBD/>','𝐓𝐁𝐃','ＴＢＤ','T\u200BB\u200BD','T B D','t-b-d','TBD!!!','¿?','N/D','n.d.','s/o','k. A.','NN','N.N.','nn','XX','??','(tbd)','[tbd]','*TBD*','~~TBD~~','`TBD`','"TBD"','TBD 🙂','⟨TBD⟩','‹TBD›','TODO()','TODO:','-- TBD --','tbd/tbc','null null','Nil.','NULL::text','#N/A','#VALUE!','(leer)','leer','vide','vacío','пусто','空','空白','—/—','O\'Brien','李雷','Nadia','Brakeman','Geena','Keinen'])
  console.log('PROBE', JSON.stringify(v), '|', placeholderReason(v), '|', classifyText(v), '|', idReason(v));
});
