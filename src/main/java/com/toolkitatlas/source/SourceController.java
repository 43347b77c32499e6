package com.toolkitatlas.source;

import com.toolkitatlas.alternative.AlternativeService;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

    private final Catalogue catalogue;
    private final AlternativeService alternatives;
    private final PickService pick;

    SourceController(Catalogue catalogue, AlternativeService alternatives, PickService pick) {
        this.catalogue = catalogue;
        this.alternatives = alternatives;
        this.pick = pick;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", catalogue.sources());
        model.addAttribute("checkedTools", catalogue.tools().stream().filter(Tool::costChecked).toList());
        model.addAttribute("uncheckedTools", catalogue.tools().stream().filter(tool -> !tool.costChecked()).toList());
        model.addAttribute("costModels", catalogue.costModels());
        model.addAttribute("similarity", alternatives.similarityTable());
        model.addAttribute("pickMethod", pick.method());
        return "sources";
    }
}
